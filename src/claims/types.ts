/**
 * The claim checker's shapes. A reading of a sentence is a list of typed claims
 * (count, change, comparison, rank, share, ratio, mean per unit, streak), each built
 * from shared parts (a measure, a period, a quantity, a rank, a baseline) and the
 * bindings that say which words filled which role. What the data say is a ClaimResult.
 */
import type { Skipped } from './limits.js';

export type Verdict = 'accurate' | 'roughly_accurate' | 'misleading' | 'inaccurate' | 'unverifiable';
export const VERDICT_RANK: Record<Verdict, number> = { unverifiable: 0, accurate: 1, roughly_accurate: 2, misleading: 3, inaccurate: 4 };

/** Character offsets into the plain text: [start, end). */
export type Span = [number, number];

export type Hedge = 'exact' | 'more_than' | 'at_least' | 'nearly' | 'about' | 'fewer_than' | 'up_to' | 'just_over';

/** A value with its unit, precision and hedge, as written. */
export interface Quantity {
  value: number;
  /** count: people, deaths, boats; percent: a share or a change; ratio: a multiplier (×2 for "doubled"); mean: per unit. */
  unit: 'count' | 'percent' | 'ratio';
  /** The rounding step implied by how it is written (9,000 → 1,000; 13% → 1; "a third" → 3 points). */
  precision: number;
  hedge: Hedge | null;
  text: string;
  span: Span;
  /** "thousands", "hundreds": value is a lower bound. */
  vague?: boolean;
}

/**
 * A measure: a family of the catalogue's metrics (small-boat arrivals are held daily
 * in SB_01 and quarterly, with breakdowns, in Irr_D01), narrowed by filters over any
 * dimension of those metrics.
 */
export interface Measure {
  family: string;
  /** The catalogue metric that holds the filters (the family's first source that does). */
  metric: string;
  /** Dimension → values (an incident or a row matching any of the values counts). */
  filters: Record<string, string[]>;
  /** "small-boat arrivals", "dead and missing migrants (Mediterranean)". */
  label: string;
  /** The words named a narrower measure than people usually mean ("deported" for returns). */
  named?: 'deportation';
  /** Other readings the words allow: the place of the sentence before, carried to a sentence that names none. */
  alternatives?: Measure[];
}

export type PeriodKind = 'year' | 'quarter' | 'half' | 'month' | 'day' | 'range' | 'to_date' | 'since' | 'last_n' | 'season' | 'sum';

export interface Period {
  from: string;
  to: string;
  kind: PeriodKind;
  /** How the words were read: "last year = 2024 (the claim is dated 2025-04-07)". */
  reading: string;
  /** The period runs up to the claim (so far this year, since, as of): figures published by then end it. */
  open?: boolean;
  /** A sum of several periods ("in 2018, 2019 and 2020 combined"). */
  parts?: Period[];
  /** "between 2013 and 2020": two years named as endpoints (a change compares them). */
  endpoints?: [number, number];
  /** "since 6 September", "since September": the named day or month ends here; a record "since" it is among the days after it. */
  sinceEnd?: string;
  /** Other readings the same words allow ("in 2022" after a window of 2024: the same window in 2022, or all of 2022). */
  alternatives?: Period[];
}

/** within: among the days (or months) of a window ("the highest daily total so far this year"). */
export type RankScope = { kind: 'record' } | { kind: 'since'; year: number } | { kind: 'years'; n: number } | { kind: 'within'; from: string; to: string };

/** What is ranked: the claim's period among other years, months, the same month or window of other years, or one value of a dimension among the others. */
export type RankOver = 'year' | 'month' | 'month_of_year' | 'window' | 'day' | { dim: string };

export interface Rank {
  k: number;
  direction: 'max' | 'min';
  scope: RankScope;
  over: RankOver;
  negated: boolean;
  /** "after the Eastern Mediterranean route": the value the claim says is ranked above. */
  after?: string[];
  /** The scope was stated ("on record", "ever"), not assumed. */
  stated?: boolean;
  /** Ranked among earlier periods only ("the previous record", "lower than any August previously"). */
  earlierOnly?: boolean;
  /** "On 22 August, a record 1,295 arrived": a record said of an event, which may be read as a record when it happened. */
  ofEvent?: boolean;
  /** Several values ranked in order ("Iranians and Turkish nationals were the next most common"): k, k+1, … */
  items?: string[];
  /** The years said to rank above ("the second highest, after 2022"). */
  afterYears?: number[];
  /** Ranked among the EU's member states only ("the most applications in the EU"), not the other countries reporting. */
  members?: 'EU27';
}

export type Role =
  | 'value'
  | 'measure'
  | 'filter'
  | 'period'
  | 'baseline'
  | 'baseline_value'
  | 'rank'
  | 'scope'
  | 'hedge'
  | 'direction'
  | 'aggregate'
  | 'negation'
  | 'reference'
  | 'part'
  | 'per'
  | 'streak';

export interface Binding {
  role: Role;
  text: string;
  span: Span;
}

interface ClaimBase {
  /** The claim's own words: its figure, measure and qualifiers (the period is given apart). */
  text: string;
  /** The span of those words in the plain text. */
  span: Span;
  /** The sentence the claim is in. */
  sentence: string;
  measure: Measure | null;
  period: Period | null;
  bindings: Binding[];
  /** How the measure, filters or period were read where the words did not say it directly. */
  notes: string[];
  /**
   * The measure is counted by place (IOM's deaths, Frontex's routes, Eurostat's countries) and the sentence names
   * none: read as the whole (worldwide, the EU). A figure far below the whole is then about a place said elsewhere.
   */
  placeless?: boolean;
  /** A stock stated in the present tense with no period ("Turkey hosts 3.6 million refugees"): read at the latest end-year figures published. */
  present?: true;
  /** A nationality filter read from a bare country name ("than France (156,455)"), not a demonym or "from …": it may name the place instead. */
  nationalityFromName?: true;
  /**
   * Set when the reading is incomplete: the words not understood, a period not stated,
   * a measure the store does not hold. The claim is then unverifiable with this reason.
   */
  unread?: string;
}

export interface CountClaim extends ClaimBase {
  type: 'count';
  quantity: Quantity;
}
export interface ChangeClaim extends ClaimBase {
  type: 'change';
  /** null: a direction only ("fell", "reduced arrivals"). */
  quantity: Quantity | null;
  direction: 'up' | 'down';
  baseline: Period | null;
}
export interface ComparisonClaim extends ClaimBase {
  type: 'comparison';
  direction: 'more' | 'less';
  baseline: { period: Period; measure: Measure | null; aggregate: 'sum' | 'each' };
  /** "thousands more": the difference claimed, if any. */
  amount: Quantity | null;
  /** "than in the past", "than ever": the baseline is every earlier period of the same length. */
  vsPast?: boolean;
}
export interface RankClaim extends ClaimBase {
  type: 'rank';
  rank: Rank;
  /** A rank of an average per unit ("59 people per boat, the highest on record"). */
  per?: string;
  /** The figure stated with the rank, if any (it is also a count claim). */
  quantity: Quantity | null;
}
export interface ShareClaim extends ClaimBase {
  type: 'share';
  /** The part, as filters on top of the measure's (the measure is the whole). */
  part: Record<string, string[]>;
  partLabel: string;
  quantity: Quantity;
  negated: boolean;
}
export interface MeanClaim extends ClaimBase {
  type: 'mean_per';
  /** The family counted per unit (boats). */
  per: string;
  quantity: Quantity;
}
export interface RatioClaim extends ClaimBase {
  type: 'ratio';
  /** The denominator's family ("one death for every 200 arrivals": arrivals). */
  per: string;
  /** value = numerator / denominator, e.g. 1/200. */
  quantity: Quantity;
}
export interface StreakClaim extends ClaimBase {
  type: 'streak';
  /** Successive rises (or falls) claimed; null with `since`: every year since that year. */
  n: number | null;
  since: number | null;
  direction: 'up' | 'down';
  /** A streak of an average per unit ("the figure", people per boat). */
  per?: string;
}

export type Claim = CountClaim | ChangeClaim | ComparisonClaim | RankClaim | ShareClaim | MeanClaim | RatioClaim | StreakClaim;
export type ClaimType = Claim['type'];

export interface Evidence {
  value: number;
  period: string;
  query: string;
  source: string;
  release: string;
  url: string;
  note?: string;
}

/** The verdict JSON (design.md): one per claim. */
/** The verdict JSON's types: design.md's count, comparison, record, streak, growth, share, cumulative, rank, and the averages and rates the reader adds. */
export type ResultType = 'count' | 'cumulative' | 'growth' | 'comparison' | 'record' | 'rank' | 'share' | 'mean_per' | 'ratio' | 'streak';

export interface ClaimResult {
  text: string;
  span: Span;
  type: ResultType;
  metric: string | null;
  filters: Record<string, string | string[]>;
  period: { from: string; to: string } | null;
  claimed: { value: number | null; hedge: Hedge | null; text?: string };
  verdict: Verdict;
  reason: string;
  evidence: Evidence[];
  /** The reading: the claim's parts and which words filled them. */
  reading: ReadingSummary;
  /** Readings considered, for transparency. */
  readings?: string[];
  caveats?: string[];
}

export interface ReadingSummary {
  measure: string | null;
  period: string | null;
  bindings: { role: Role; text: string }[];
  notes: string[];
  rank?: Rank;
  baseline?: string;
}

export interface CheckInput {
  text: string;
  date?: string | undefined;
  speaker?: string | undefined;
  format?: 'txt' | 'md' | 'html';
}

export interface CheckOutput {
  claims: ClaimResult[];
  /** Words not read (a sentence past the reader's limits, text past the claim limit), and why. Absent when everything was read. */
  skipped?: Skipped[];
}
