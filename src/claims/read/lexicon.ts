/**
 * The closed word classes of reporting: hedges, words of change, comparatives and
 * superlatives, records, negation, aggregators, words that refer back, and the
 * function words and reporting words that never change what is counted. Measures,
 * places and dimension values live in measures.ts and values.ts.
 */
import type { Hedge } from '../types.js';
import { PhraseSet } from './phrases.js';

/** Words before a number, read as its hedge. */
export const HEDGES = new PhraseSet<Hedge>([
  ...['just over', 'just above', 'slightly more than', 'a little over', 'a little more than', 'slightly over'].map((p) => [p, 'just_over'] as [string, Hedge]),
  ...['more than', 'over', 'above', 'in excess of', 'upwards of', 'well over', 'well above', 'far more than', 'beyond', 'exceeding', 'topping'].map((p) => [p, 'more_than'] as [string, Hedge]),
  // Milestones: "has passed 10,000", "took crossings past 10,000", "surpassed the 20,000 mark".
  ...['passed', 'surpassed', 'exceeded', 'topped', 'past', 'went past', 'gone past', 'passed the', 'surpassed the', 'exceeded the', 'topped the', 'past the', 'broke the', 'broken the', 'went past the'].map((p) => [p, 'more_than'] as [string, Hedge]),
  ...['at least', 'no fewer than', 'no less than', 'a minimum of', 'minimum of', 'not less than'].map((p) => [p, 'at_least'] as [string, Hedge]),
  ...['nearly', 'almost', 'just under', 'just below', 'close to', 'approaching', 'not quite', 'getting on for', 'shy of', 'just shy of', 'just short of', 'nearing'].map((p) => [p, 'nearly'] as [string, Hedge]),
  ...['around', 'about', 'some', 'roughly', 'approximately', 'approx', 'circa', 'c.', 'an estimated', 'estimated', 'more or less', 'in the region of', 'an approximate', 'nigh on', 'something like', 'of about', 'of around', 'of some', 'an average of about'].map((p) => [p, 'about'] as [string, Hedge]),
  ...['fewer than', 'less than', 'under', 'below', 'not more than', 'no more than'].map((p) => [p, 'fewer_than'] as [string, Hedge]),
  ...['up to', 'as many as', 'as much as'].map((p) => [p, 'up_to'] as [string, Hedge]),
  ...['only', 'just', 'exactly', 'precisely', 'a mere', 'merely'].map((p) => [p, 'exact'] as [string, Hedge]),
]);

/** After a number: "24,000 or more", "50,000-plus". */
export const POST_HEDGES = new PhraseSet<Hedge>([
  ['or more', 'at_least'],
  ['plus', 'more_than'],
  ['or so', 'about'],
  ['or fewer', 'up_to'],
]);

export type ChangeWord = { dir: 'up' | 'down'; form: 'verb' | 'noun' | 'adverb' };
/** Words of change: verbs ("fell"), nouns ("a drop"), and adverbs or adjectives ("down 20%", "higher"). */
export const CHANGES = new PhraseSet<ChangeWord>([
  // Irregular past forms too, which the tagger sometimes reads as nouns ("worldwide rose by almost 2,000").
  ...['rise', 'rose', 'risen', 'increase', 'grow', 'grew', 'grown', 'climb', 'jump', 'soar', 'surge', 'go up', 'went up', 'rocket', 'spike', 'swell', 'balloon', 'escalate', 'accelerate', 'pick up', 'rebound', 'mount'].map((p) => [p, { dir: 'up', form: 'verb' }] as [string, ChangeWord]),
  ...['fall', 'fell', 'fallen', 'drop', 'decline', 'decrease', 'reduce', 'cut', 'shrink', 'shrank', 'shrunk', 'plunge', 'plummet', 'slump', 'dip', 'go down', 'went down', 'tumble', 'ease', 'slow', 'sink', 'sank', 'collapse', 'slide', 'slid', 'halve'].map((p) => [p, { dir: 'down', form: 'verb' }] as [string, ChangeWord]),
  ...['rise', 'increase', 'growth', 'jump', 'surge', 'upturn', 'uptick', 'hike', 'spike', 'boost', 'upswing', 'climb'].map((p) => [p, { dir: 'up', form: 'noun' }] as [string, ChangeWord]),
  ...['fall', 'drop', 'decline', 'decrease', 'reduction', 'cut', 'dip', 'slump', 'downturn', 'plunge', 'contraction'].map((p) => [p, { dir: 'down', form: 'noun' }] as [string, ChangeWord]),
  ...['up', 'higher', 'more', 'upward', 'upwards'].map((p) => [p, { dir: 'up', form: 'adverb' }] as [string, ChangeWord]),
  ...['down', 'lower', 'fewer', 'less', 'downward', 'downwards'].map((p) => [p, { dir: 'down', form: 'adverb' }] as [string, ChangeWord]),
], true);

/** Comparatives that take "than". */
export const COMPARATIVES = new PhraseSet<'more' | 'less'>([
  ...['more', 'higher', 'greater', 'larger', 'bigger', 'above', 'up on', 'busier', 'deadlier', 'worse'].map((p) => [p, 'more'] as [string, 'more']),
  ...['fewer', 'less', 'lower', 'smaller', 'below', 'down on', 'quieter', 'better'].map((p) => [p, 'less'] as [string, 'less']),
]);

/** Superlatives and record words: "the highest", "a record", "the deadliest", "unprecedented". */
export const SUPERLATIVES = new PhraseSet<'max' | 'min'>([
  ...['highest', 'most', 'largest', 'biggest', 'greatest', 'deadliest', 'busiest', 'worst', 'record', 'record high', 'record-high', 'record-breaking', 'all-time high', 'peak', 'unprecedented', 'most active', 'most common', 'most significant', 'top', 'record number', 'record numbers', 'record level', 'record levels', 'new record', 'new high', 'highest ever', 'most ever'].map((p) => [p, 'max'] as [string, 'max']),
  ...['lowest', 'fewest', 'smallest', 'least', 'record low', 'all-time low', 'quietest', 'new low', 'lowest ever'].map((p) => [p, 'min'] as [string, 'min']),
]);

/** Scope of a record: "on record", "ever", "since records began". */
export const RECORD_SCOPES = new PhraseSet<'record'>(
  ['on record', 'ever', 'ever recorded', 'since records began', 'since records began in', 'of all time', 'in history', 'all-time', 'all time', 'since records started', 'since data began', 'since data collection began', 'since counting began', 'since figures began', 'since comparable records began', 'yet', 'so far'].map((p) => [p, 'record'] as [string, 'record']),
);

export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'none']);

/** Sums and averages. */
export const AGGREGATES = new PhraseSet<'sum' | 'mean' | 'total'>([
  ['combined', 'sum'],
  ['put together', 'sum'],
  ['added together', 'sum'],
  ['together', 'sum'],
  ['in total', 'total'],
  ['a total of', 'total'],
  ['in all', 'total'],
  ['altogether', 'total'],
  ['overall', 'total'],
  ['on average', 'mean'],
  ['an average of', 'mean'],
  ['the average', 'mean'],
  ['average', 'mean'],
]);

/** Words that refer back to the figure or measure of the sentence before. */
export const REFERENCES = new PhraseSet<'figure' | 'measure' | 'place'>([
  ['this', 'figure'],
  ['it', 'figure'],
  ['that', 'figure'],
  ['the figure', 'figure'],
  ['this figure', 'figure'],
  ['the total', 'figure'],
  ['the number', 'figure'],
  ['the numbers', 'figure'],
  ['the figures', 'figure'],
  ['this number', 'figure'],
  ['which', 'figure'],
  ['the next', 'figure'],
  ['such crossings', 'measure'],
  ['such arrivals', 'measure'],
  ['these arrivals', 'measure'],
  ['these', 'measure'],
  ['them', 'measure'],
  ['they', 'measure'],
  ['those', 'measure'],
  ['this route', 'place'],
  ['the route', 'place'],
  ['that route', 'place'],
  ['this migratory route', 'place'],
  ['this migration route', 'place'],
  ['the same route', 'place'],
  ['this border', 'place'],
  ['that border', 'place'],
  ['this path', 'place'],
  ['this corridor', 'place'],
  // "the number of deaths during these crossings": the crossings said before, and so their place.
  ['these crossings', 'place'],
  ['those crossings', 'place'],
  ['this crossing', 'place'],
  ['these journeys', 'place'],
  ['those journeys', 'place'],
  ['this journey', 'place'],
  ['these routes', 'place'],
]);

/** Function words: never a qualifier. */
export const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'INTJ', 'SPACE']);

/**
 * Words that never change what is counted, whatever the measure: reporting verbs,
 * evaluative adjectives and adverbs, the words for figures and data, people in general,
 * and time words handled elsewhere.
 */
export const HARMLESS = new Set(
  `a an the of and or in on at to for by with from into onto via per as than then so also still even just yet too only already now
  be is are was were been being have has had do does did will would could should may might can must shall
  people person persons individuals migrants migrant refugees refugee asylum-seekers men women
  travelling traveling travelled traveled travel travels
  number numbers figure figures total totals count counts data statistics stats tally toll level levels amount
  official officially provisional preliminary latest new recent recently final finalised revised updated published publish released release
  record recorded recording documented document registered register reported report reports reporting counted count estimated estimate
  according said say says stated state noted note show showed shown shows suggest suggested suggests indicate indicated reveal revealed
  analysis analysed calculated calculation compiled tallied tally monitoring monitored tracked track
  some many much several such this that these those there here it its their they them who which what whom whose
  significant significantly dramatic dramatically sharp sharply steep steeply steady steadily marked markedly substantial substantially
  huge hugely massive large big major considerable considerably notable notably striking remarkable remarkably staggering worrying
  slight slightly modest modestly small little further continued continue continues continuing ongoing again once
  compared compare comparison equivalent same period periods time times while whereas although though however but
  year years month months week weeks day days quarter quarters calendar
  almost nearly around about roughly approximately some more most less least fewer over under up down
  came come coming arrived arrive make made making saw see seen experienced experience witnessed witness
  total-of figure-for entire whole full complete
  believed thought known feared presumed likely occurred occur occurring happened happen took place observed seen set
  immediately shortly just directly prior latest due alone remain remained remains still carried
  currently presently running reportedly allegedly apparently`.split(/\s+/).filter(Boolean),
);

/** Attribution: "according to …", "… said", "the agency reported"; these spans never qualify a claim. */
export const ATTRIBUTION_VERBS = new Set(['say', 'said', 'says', 'report', 'reported', 'reports', 'state', 'stated', 'note', 'noted', 'add', 'added', 'announce', 'announced', 'estimate', 'estimated', 'show', 'showed', 'shows', 'find', 'found', 'reveal', 'revealed', 'confirm', 'confirmed', 'tell', 'told', 'write', 'wrote', 'warn', 'warned', 'claim', 'claimed', 'publish', 'published', 'record', 'recorded']);

/**
 * Counters whose own figures the store does not hold: NGOs, coastguards, other governments' ministries. A figure
 * attributed to one of them ("Caminando Fronteras calculates that 2,087 died") is their count, not the publishers'.
 * (Not "the interior ministry" alone: reporters also call the Home Office Britain's interior ministry.)
 */
export const OTHER_COUNTERS = new PhraseSet<string>(
  [
    'caminando fronteras', 'walking borders', 'alarm phone', 'sea-watch', 'sea watch', 'sos mediterranee', 'sos méditerranée', 'open arms', 'mediterranea saving humans',
    'msf', 'médecins sans frontières', 'medecins sans frontieres', 'doctors without borders', 'unicef', 'save the children', 'red cross', 'red crescent', 'ifrc', 'icrc',
    'migration watch', 'migration watch uk', 'refugee council', 'care4calais', 'utopia 56', 'united against refugee deaths', 'border violence monitoring network', 'no name kitchen',
    'italian interior ministry', "italy's interior ministry", 'the italian government', "italy's government", 'viminale', 'spanish interior ministry', "spain's interior ministry", 'the spanish government',
    'greek coastguard', 'greek coast guard', 'hellenic coast guard', 'the greek government', "greece's migration ministry", 'greek migration ministry', 'libyan coastguard', 'libyan coast guard', 'tunisian coastguard', 'tunisian coast guard',
    'italian coastguard', 'italian coast guard', 'spanish coastguard', 'salvamento marítimo', 'salvamento maritimo', 'french authorities', 'the french interior ministry', 'prefecture maritime', 'préfecture maritime',
    'us border patrol', 'u.s. border patrol', 'border patrol', 'customs and border protection', 'cbp',
  ].map((p) => [p, p] as [string, string]),
  true,
);

/** The publishers whose figures the store holds, as reporters name them. */
export const HELD_PUBLISHERS = /\b(iom|international organi[sz]ation for migration|missing migrants|home office|frontex|eurostat|unhcr|un refugee agency|official figures|government figures|government data)\b/i;

/** Words for the units of things that are not migration statistics: a number before them is not a claim. */
export const NON_STATISTIC_UNITS = new PhraseSet<string>(
  [
    ...['mile', 'miles', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'metre', 'metres', 'meter', 'meters', 'nautical miles', 'feet', 'foot'].map((p) => [p, 'a distance'] as [string, string]),
    ...['year old', 'years old', 'year-old', 'year olds', 'year-olds'].map((p) => [p, 'an age'] as [string, string]),
    ...['hour', 'hours', 'minute', 'minutes', 'second', 'seconds', "o'clock", 'am', 'pm', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'night', 'nights'].map((p) => [p, 'a time of day or duration'] as [string, string]),
    ...['country', 'countries', 'nation', 'nations', 'state', 'states', 'party', 'parties', 'partner', 'partners', 'leader', 'leaders', 'corporation', 'corporations', 'company', 'companies', 'government', 'governments', 'minister', 'ministers', 'member states', 'mps', 'seats', 'votes', 'delegates', 'representatives'].map((p) => [p, 'a count of countries, parties or officials'] as [string, string]),
    ...['officer', 'officers', 'staff', 'patrol', 'patrols', 'personnel', 'agents', 'guards', 'police', 'employees', 'workers', 'jobs', 'caseworkers', 'soldiers', 'troops', 'ships', 'vessels', 'drones', 'aircraft', 'helicopters', 'vehicles', 'cameras'].map((p) => [p, 'staff or equipment'] as [string, string]),
    ...['hotel', 'hotels', 'bed', 'beds', 'place', 'places', 'room', 'rooms', 'site', 'sites', 'centre', 'centres', 'center', 'centers', 'facility', 'facilities', 'camp', 'camps', 'barracks', 'barge', 'barges', 'units', 'specialist units'].map((p) => [p, 'places and accommodation'] as [string, string]),
    ...['article', 'articles', 'section', 'sections', 'clause', 'clauses', 'paragraph', 'page', 'pages', 'chapter', 'bill', 'bills', 'law', 'laws', 'rule', 'rules', 'point', 'points', 'step', 'steps', 'priority', 'priorities', 'pledge', 'pledges', 'deal', 'deals', 'agreement', 'agreements', 'scheme', 'schemes', 'policy', 'policies', 'summit', 'summits', 'meeting', 'meetings', 'speech', 'speeches', 'interview', 'conference'].map((p) => [p, 'a document, law or event'] as [string, string]),
    ...['pound', 'pounds', 'euro', 'euros', 'dollar', 'dollars', 'billion pounds', 'million pounds', 'pence', 'cents', 'gbp', 'eur', 'usd'].map((p) => [p, 'money'] as [string, string]),
    ...['percentage point', 'percentage points'].map((p) => [p, 'percentage points'] as [string, string]),
    ...['group', 'groups', 'nationality', 'nationalities', 'languages', 'categories', 'category', 'types', 'kinds', 'ways', 'reasons', 'options', 'steps', 'stages', 'phases', 'themes', 'areas', 'sections', 'tables', 'charts', 'questions'].map((p) => [p, 'a count of groups or parts'] as [string, string]),
    ...['island', 'islands', 'city', 'cities', 'town', 'towns', 'village', 'villages', 'region', 'regions', 'route', 'routes', 'border', 'borders', 'port', 'ports', 'beach', 'beaches'].map((p) => [p, 'a count of places'] as [string, string]),
    ...['disabled people', 'children in poverty', 'pensioners', 'households', 'families in poverty', 'voters', 'students', 'visas', 'visa', 'nurses', 'doctors', 'teachers'].map((p) => [p, 'people outside migration statistics'] as [string, string]),
  ],
);
