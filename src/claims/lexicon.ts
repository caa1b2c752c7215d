/**
 * The words people use for measures, places, hedges and things the store does not
 * hold. Metric ids and dimension values are the catalogue's; this file only maps
 * language onto them.
 */
import type { Hedge } from './types.js';

export interface Concept {
  metric: string;
  /** Matched against the lower-cased sentence. */
  pattern: RegExp;
  filters?: Record<string, string | string[]>;
  /** A definitional trap: the words name a narrower measure than people usually mean. */
  measure?: 'deportation';
  label: string;
}

/** The two groups the Home Office counts as "returns" in its headline figures (port refusals are separate). */
export const RETURNS_GROUPS = ['Enforced return', 'Voluntary return'];

/** In order: the first concept whose pattern matches names the claim's metric. */
export const CONCEPTS: Concept[] = [
  { metric: 'deaths.dead_and_missing', label: 'dead and missing migrants', pattern: /\b(died|dead|deaths?|deadliest|death toll|toll|drowned|perished|lost (?:their|his|her) li(?:fe|ves)|killed|fatalit(?:y|ies)|missing (?:migrants|persons|people))\b/ },
  { metric: 'uk.returns', label: 'enforced returns', pattern: /\b(enforced (?:returns?|removals?)|forced returns?)\b/, filters: { return_type_group: 'Enforced return' } },
  { metric: 'uk.returns', label: 'voluntary returns', pattern: /\bvoluntary (?:returns?|departures?)\b/, filters: { return_type_group: 'Voluntary return' } },
  { metric: 'uk.returns', label: 'enforced returns (read for "deported"/"removed")', pattern: /\b(deport(?:ed|ing|ations?|s)?|remov(?:ed|als?|ing)|expelled|kicked out)\b/, filters: { return_type_group: 'Enforced return' }, measure: 'deportation' },
  { metric: 'uk.returns', label: 'returns (enforced and voluntary)', pattern: /\b(return(?:ed|ing|s)?|sent home|sending (?:people )?home)\b/, filters: { return_type_group: RETURNS_GROUPS } },
  { metric: 'uk.small_boats.asylum_claims', label: 'small-boat arrivals by whether they claimed asylum', pattern: /\b(claim(?:ing|ed)? asylum|asylum claims?|fleeing persecution)\b.*\b(small boats?|them|they|arrivals|crossings?)\b|\b(small boats?|them|they|arrivals)\b.*\b(claim(?:ing|ed)? asylum|fleeing persecution)\b/ },
  // Before the small boats' generic "crossings", unless the Channel or small boats are named.
  { metric: 'eu.frontex.detections', label: 'detections of illegal border-crossings', pattern: /^(?!.*\b(channel|small[- ]boats?)\b).*(\b(irregular|illegal) (?:border[- ])?crossings\b|\bborder detections\b|\bfrontex\b)/ },
  { metric: 'uk.small_boats.arrivals', label: 'people arriving by small boat', pattern: /\b(small[- ]boats?|channel crossings?|crossings?|crossed|crossing|arriv(?:als?|ed|ing)|came across)\b/ },
  { metric: 'uk.detention.entering', label: 'people entering detention', pattern: /\b(detained|detention)\b/ },
  { metric: 'uk.asylum.applications', label: 'asylum applications', pattern: /\b(asylum (?:applications?|claims?|seekers?)|claimed asylum|applied for asylum)\b/ },
  { metric: 'unhcr.refugees', label: 'refugees', pattern: /\brefugees\b/ },
];

/** Things people count that the store does not hold: a claim about them is unverifiable. */
export const BLOCKERS: { pattern: RegExp; what: string }[] = [
  { pattern: /\bbacklog\b/, what: 'the asylum backlog (cases awaiting a decision, Asy_D03) is not in the data held' },
  { pattern: /\bhotels?\b/, what: 'asylum hotel use (numbers of hotels or of people in them) is not in the data held' },
  { pattern: /\bnet migration\b/, what: 'net migration (ONS estimates) is not in the data held' },
  { pattern: /\bvisas?\b/, what: 'visa statistics are not in the data held' },
  { pattern: /\b(cost|costs|costing|spend|spending|spent|budget|funding|invest(?:ment|ing)?|pounds?|euros?)\b|[£€$]/, what: 'money (costs, budgets, spending) is not a statistic the data held can test' },
  { pattern: /\b(miles|kilometres|kilometers|km)\b/, what: 'a distance, not a migration statistic' },
  { pattern: /\b(hold|house|accommodate|capacity for|places for|beds)\b.{0,20}\b(up to|\d)/, what: 'a capacity or a plan, not a count of what happened' },
  { pattern: /\b(officers|staff|patrols|personnel|agents)\b/, what: 'staffing is not in the data held' },
];

export interface Place {
  pattern: RegExp;
  label: string;
  /** Filters per metric. */
  filters: Record<string, Record<string, string | string[]>>;
}

export const EUROPE_ROUTES = [
  'Central Mediterranean', 'Eastern Mediterranean', 'Western Mediterranean', 'Western Africa / Atlantic route to the Canary Islands',
  'Western Balkans', 'Belarus-EU border', 'Türkiye-Europe land route', 'English Channel to the UK', 'Italy to France', 'Ukraine to Europe',
];

export const PLACES: Place[] = [
  { pattern: /\bcentral mediterranean\b/, label: 'the Central Mediterranean', filters: { 'deaths.dead_and_missing': { route: 'Central Mediterranean' }, 'eu.frontex.detections': { route: 'Central Mediterranean Route' } } },
  { pattern: /\beastern mediterranean\b/, label: 'the Eastern Mediterranean', filters: { 'deaths.dead_and_missing': { route: 'Eastern Mediterranean' }, 'eu.frontex.detections': { route: 'Eastern Mediterranean Route' } } },
  { pattern: /\bwestern mediterranean\b/, label: 'the Western Mediterranean', filters: { 'deaths.dead_and_missing': { route: 'Western Mediterranean' }, 'eu.frontex.detections': { route: 'Western Mediterranean Route' } } },
  { pattern: /\bmediterranean\b/, label: 'the Mediterranean', filters: { 'deaths.dead_and_missing': { region: 'Mediterranean' }, 'eu.frontex.detections': { route: ['Central Mediterranean Route', 'Eastern Mediterranean Route', 'Western Mediterranean Route'] } } },
  { pattern: /\b(english channel|the channel|channel crossings?|channel to the (?:uk|united kingdom))\b/, label: 'the English Channel', filters: { 'deaths.dead_and_missing': { route: 'English Channel to the UK' } } },
  { pattern: /\b(canary islands|atlantic route)\b/, label: 'the Atlantic route to the Canary Islands', filters: { 'deaths.dead_and_missing': { route: 'Western Africa / Atlantic route to the Canary Islands' }, 'eu.frontex.detections': { route: 'Western African Route' } } },
  { pattern: /\b(reach(?:ing)? europe|to europe|routes? (?:to|into) europe|into europe|towards europe)\b/, label: 'the routes to Europe', filters: { 'deaths.dead_and_missing': { route: EUROPE_ROUTES } } },
  { pattern: /\b(us-mexico|mexico border|southern border)\b/, label: 'the US–Mexico border', filters: { 'deaths.dead_and_missing': { route: 'US-Mexico border crossing' } } },
];

/** Words before a number, read as its hedge (longest first). */
export const HEDGES: [RegExp, Hedge][] = [
  [/(just over|just above|slightly more than|a little over)\s*$/, 'just_over'],
  [/(more than|over|above|in excess of|upwards of|exceed(?:s|ed|ing)?|beyond)\s*$/, 'more_than'],
  [/(at least|no fewer than|no less than|a minimum of|minimum of)\s*$/, 'at_least'],
  [/(nearly|almost|just under|just below|close to|approaching|not quite|getting on for|shy of)\s*$/, 'nearly'],
  [/(around|about|some|roughly|approximately|approx\.?|circa|c\.|an estimated|estimated|more or less|in the region of)\s*$/, 'about'],
  [/(fewer than|less than|under|below)\s*$/, 'fewer_than'],
  [/(up to)\s*$/, 'up_to'],
];

/** Speakers whose "the numbers" means Channel small-boat crossings unless they say otherwise. */
export const UK_BORDER_ROLES = /\b(home secretary|home office|immigration minister|border security minister|minister for border security|border force)\b/i;
