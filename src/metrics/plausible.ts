/**
 * Plausible ranges: the largest value one row of each metric's files may hold. Each bound is
 * about ten times the largest row the publisher has ever published (as loaded from the mirror,
 * 2026-12), so real growth passes and a typing slip ("999999999") or an overflow does not. A
 * value above its bound, or dated after the day the file was read, is a validation issue
 * naming file, row, column and value, and is not loaded.
 */
export interface Plausible {
  max: number;
  /** The publisher's own largest row, for the message. */
  basis: string;
}

const P = (max: number, basis: string): Plausible => ({ max, basis });

export const PLAUSIBLE: Record<string, Plausible> = {
  'uk.small_boats.arrivals': P(20_000, 'the largest day on record is 1,305 people'),
  'uk.small_boats.boats': P(500, 'the largest day on record is 36 boats'),
  'uk.small_boats.uncontrolled_boats': P(500, 'a day of boats'),
  'uk.small_boats.prevented': P(20_000, 'the largest week on record is 1,524 people'),
  'uk.small_boats.prevented_events': P(1_000, 'the largest week on record is 47 events'),
  'uk.small_boats.asylum_claims': P(50_000, 'the largest row is 2,551'),
  'uk.asylum.applications': P(100_000, 'the largest row is 7,011'),
  'uk.asylum.decisions': P(100_000, 'the largest row is 5,976'),
  'uk.detention.entering': P(20_000, 'the largest row is 956'),
  'uk.irregular.detections': P(50_000, 'the largest row is 3,082'),
  'uk.returns': P(250_000, 'the largest row is 24,103'),
  'uk.returns.by_destination': P(50_000, 'the largest row is 4,686'),
  'eu.frontex.detections': P(2_000_000, 'the largest row is 204,286 (a route, nationality and month of 2015)'),
  'eu.asylum.applicants': P(3_000_000, 'the largest row is 259,285'),
  'eu.asylum.applicants_sdmx': P(7_500_000, 'the largest row is 745,265 (Germany, 2016)'),
  'eu.illegally_present': P(25_000_000, 'the largest row is 2,155,485'),
  'eu.ordered_to_leave': P(250_000, 'the largest row is 22,890'),
  'eu.ordered_to_leave_legacy': P(5_000_000, 'the largest row is 540,080'),
  'eu.returned_legacy': P(2_500_000, 'the largest row is 247,165'),
  'eu.returned_legacy_by_citizen': P(2_500_000, 'the largest row is 247,165'),
  'unhcr.refugees': P(40_000_000, 'the largest row is 3,752,317'),
  'unhcr.idps': P(120_000_000, 'the largest row is 11,559,970'),
  'unhcr.asylum_seekers': P(15_000_000, 'the largest row is 1,437,190'),
  'unhcr.oip': P(30_000_000, 'the largest row is 2,851,160'),
  'unhcr.asylum.applications': P(4_000_000, 'the largest row is 404,142'),
  'unhcr.asylum.decisions': P(5_000_000, 'the largest row is 543,233'),
  'unhcr.asylum.recognised': P(2_000_000, 'the largest row is 164,926'),
};

/** IOM's incidents: one shipwreck or event. */
export const PLAUSIBLE_INCIDENT: Record<'dead' | 'missing' | 'total' | 'survivors' | 'females' | 'males' | 'children', Plausible> = {
  dead: P(10_000, 'the largest incident on record has 1,022 dead and missing'),
  missing: P(10_000, 'the largest incident on record has 1,022 dead and missing'),
  total: P(10_000, 'the largest incident on record has 1,022 dead and missing'),
  survivors: P(20_000, 'the largest incident on record has 1,950 survivors'),
  females: P(10_000, 'an incident'),
  males: P(10_000, 'an incident'),
  children: P(10_000, 'an incident'),
};

/** No metric's row may exceed this, declared or not: beyond it a number is an overflow, not a count. */
export const ANY_COUNT_MAX = 1e9;

export const plausibleFor = (metric: string): Plausible => PLAUSIBLE[metric] ?? P(ANY_COUNT_MAX, 'no count is this large');

/** The latest date a file read now can hold: today (a file cannot count days after it was read). */
export const latestPossibleDate = (): string => new Date().toISOString().slice(0, 10);

export function implausible(value: number, p: Plausible): string | null {
  return value > p.max ? `a count of at most ${p.max.toLocaleString('en-GB')} in one row (${p.basis}); the row is not loaded` : null;
}
