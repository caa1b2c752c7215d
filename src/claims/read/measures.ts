/**
 * Measures people name, as families of the catalogue's metrics. A family is what is
 * counted (deaths on migration routes, small-boat arrivals in the UK, detections at the
 * EU's borders, returns from the UK, asylum applications); its sources are the metrics
 * that count it, each with the filters that make it that family. Words name a family
 * directly ("died", "returns") or generically ("arrivals", "crossings"), and then the
 * place words of the clause ("the Channel", "into the EU") choose it.
 */
import { PhraseSet } from './phrases.js';

export type Scope = 'uk' | 'eu' | 'world';

export interface Source {
  metric: string;
  /** Filters that make the metric this family (Irr_D01's small-boat arrivals). */
  fixed?: Record<string, string[]>;
}

export interface Family {
  id: string;
  label: string;
  scope: Scope;
  /** In order of preference: the first whose dimensions hold the claim's filters answers it. */
  sources: Source[];
  /** Words that belong to its definition and never narrow it. */
  harmless: string[];
  /** Filters used when none is named (returns: enforced and voluntary, as the Home Office's headline figures). */
  defaults?: Record<string, string[]>;
  /**
   * Other readings of the same words, where a publisher counts the thing two ways and
   * reporting uses both: "asylum applications" are main applicants in the Home Office's
   * headline figures and people (with dependants) in others. A figure holds on either.
   */
  readings?: { dim: string; values: string[]; label: string }[];
}

export const RETURNS_GROUPS = ['Enforced return', 'Voluntary return'];
/** The third kind of return the Home Office counts: people refused entry at a port who then left. */
export const PORT_RETURNS = 'Refused entry at port and subsequently departed';
export const EUROPE_ROUTES = [
  'Central Mediterranean', 'Eastern Mediterranean', 'Western Mediterranean', 'Western Africa / Atlantic route to the Canary Islands',
  'Western Balkans', 'Belarus-EU border', 'Türkiye-Europe land route', 'English Channel to the UK', 'Italy to France', 'Ukraine to Europe',
];

export const FAMILIES: Family[] = [
  {
    id: 'deaths', label: 'dead and missing migrants', scope: 'world', sources: [{ metric: 'deaths.dead_and_missing' }],
    harmless: ['migration', 'mixed', 'route', 'routes', 'journey', 'journeys', 'move', 'transit', 'trying', 'get', 'getting', 'attempting', 'attempt', 'attempts', 'attempted crossings', 'attempted crossing', 'try', 'crossing', 'cross', 'reach', 'seeking', 'lost', 'lives', 'life', 'bodies', 'recovered', 'missing', 'disappearances', 'disappearance', 'mobility', 'jungle', 'disappeared', 'disappear', 'vanished', 'presumed', 'unreported', 'undocumented', 'tragedy', 'tragic', 'loss', 'perilous', 'dangerous', 'deadly', 'border', 'borders', 'sea', 'at', 'water', 'waters'],
  },
  {
    id: 'small_boat_arrivals', label: 'small-boat arrivals in the UK', scope: 'uk',
    sources: [{ metric: 'uk.small_boats.arrivals' }, { metric: 'uk.irregular.detections', fixed: { method: ['Small boat arrivals'] } }],
    harmless: ['small', 'boat', 'boats', 'dinghy', 'dinghies', 'channel', 'english', 'crossing', 'crossings', 'cross', 'crossed', 'arrival', 'arrivals', 'arrive', 'arrived', 'detected', 'detection', 'detections', 'uk', 'britain', 'united', 'kingdom', 'via', 'route', 'journey', 'dangerous', 'perilous', 'illegal', 'illegally', 'irregular', 'irregularly', 'made', 'make', 'reached', 'reach', 'landed', 'came', 'come', 'shores', 'coast', 'from', 'france', 'french', 'successfully'],
  },
  {
    id: 'uk_irregular_arrivals', label: 'irregular arrivals in the UK (all methods)', scope: 'uk', sources: [{ metric: 'uk.irregular.detections' }],
    harmless: ['irregular', 'irregularly', 'illegal', 'illegally', 'arrival', 'arrivals', 'detected', 'detection', 'detections', 'entry', 'entries', 'uk', 'britain', 'routes', 'method', 'methods'],
  },
  {
    id: 'frontex', label: "detections of illegal border-crossings at the EU's external borders", scope: 'eu', sources: [{ metric: 'eu.frontex.detections' }],
    harmless: ['irregular', 'illegal', 'illegally', 'irregularly', 'border', 'borders', 'crossing', 'crossings', 'cross', 'crossed', 'entry', 'entries', 'arrival', 'arrivals', 'detection', 'detections', 'detected', 'eu', 'union', 'european', "europe's", 'external', 'bloc', 'migration', 'migratory', 'undocumented', 'route', 'routes', 'path', 'corridor', 'into', 'at', 'national', 'authorities', 'member', 'states', 'europe', 'migratory'],
  },
  {
    id: 'uk_returns', label: 'returns from the UK', scope: 'uk', sources: [{ metric: 'uk.returns' }], defaults: { return_type_group: RETURNS_GROUPS },
    harmless: ['return', 'returns', 'returned', 'removal', 'removals', 'removed', 'deport', 'deported', 'deportation', 'deportations', 'sent', 'home', 'back', 'uk', 'britain', 'right', 'here', 'no', 'country', 'countries', 'own', 'carried', 'out', 'force', 'forcibly', 'left', 'leave', 'departed'],
  },
  {
    id: 'uk_asylum', label: 'asylum applications in the UK', scope: 'uk', sources: [{ metric: 'uk.asylum.applications' }],
    readings: [{ dim: 'applicant_type', values: ['Main applicant'], label: 'main applicants (an application counted once, whatever its dependants)' }],
    harmless: ['asylum', 'application', 'applications', 'applicant', 'applicants', 'applied', 'apply', 'applying', 'claim', 'claims', 'claimed', 'sought', 'seek', 'seeking', 'seekers', 'uk', 'britain', 'annual', 'including', 'relating', 'covering', 'lodged', 'made', 'submitted', 'registered', 'received', 'receive', 'dependants', 'dependents'],
  },
  {
    // Asy_D02: people (main applicants and dependants) by the outcome of their asylum case's initial decision; resettlement apart.
    id: 'uk_asylum_decisions', label: 'initial decisions on asylum applications in the UK', scope: 'uk',
    sources: [{ metric: 'uk.asylum.decisions', fixed: { case_type: ['Asylum Case'] } }],
    harmless: ['asylum', 'application', 'applications', 'applicant', 'applicants', 'initial', 'decision', 'decisions', 'granted', 'grant', 'grants', 'given', 'protection', 'refugee', 'status', 'humanitarian', 'leave', 'other', 'forms', 'form', 'of', 'or', 'at', 'following', 'after', 'an', 'uk', 'britain', 'refused', 'refusal', 'refusals', 'made', 'people'],
  },
  {
    id: 'uk_small_boat_asylum', label: 'small-boat arrivals, by whether they claimed asylum', scope: 'uk', sources: [{ metric: 'uk.small_boats.asylum_claims' }],
    harmless: ['asylum', 'application', 'applications', 'claim', 'claims', 'claimed', 'claiming', 'sought', 'seek', 'seeking', 'small', 'boat', 'boats', 'arrivals', 'channel', 'fleeing', 'persecution', 'went', 'go', 'on', 'crossed', 'arrived', 'raised', 'made'],
  },
  {
    id: 'eu_asylum', label: 'first-time asylum applicants in the EU', scope: 'eu', sources: [{ metric: 'eu.asylum.applicants' }],
    harmless: ['asylum', 'application', 'applications', 'applicant', 'applicants', 'applied', 'apply', 'applying', 'filed', 'lodged', 'submitted', 'seekers', 'seeking', 'sought', 'eu', 'european', 'union', 'bloc', 'member', 'states', 'lodged', 'made', 'submitted', 'registered', 'received', 'receive', 'receives'],
  },
  {
    id: 'refugees', label: "refugees under UNHCR's mandate", scope: 'world', sources: [{ metric: 'unhcr.refugees' }],
    harmless: ['refugee', 'refugees', 'host', 'hosts', 'hosted', 'hosting', 'refugee-hosting', 'displaced', 'forcibly'],
  },
  {
    id: 'uk_detention', label: 'people entering immigration detention in the UK', scope: 'uk', sources: [{ metric: 'uk.detention.entering' }],
    harmless: ['detention', 'detained', 'immigration', 'entered', 'entering', 'held'],
  },
  {
    id: 'small_boats', label: 'small boats arriving in the UK', scope: 'uk', sources: [{ metric: 'uk.small_boats.boats' }],
    harmless: ['small', 'boat', 'boats', 'dinghy', 'dinghies', 'channel', 'english', 'detected', 'detection', 'cross', 'arrive', 'uk', 'crossing', 'crossed', 'arrived', 'arriving', 'made', 'carrying', 'carried', 'carry', 'each', 'average', 'people', 'aboard', 'on', 'board'],
  },
];

/**
 * Nouns for the people counted, which are also measures of their own: "20,000 asylum-seekers have crossed",
 * "400 migrants and refugees have drowned". Beside a verb of another measure they say who, not what is counted.
 */
export const PEOPLE_NOUNS = new Set(['refugees', 'refugee', 'asylum seekers', 'asylum-seekers', 'asylum - seekers']);

export const familyById = (id: string): Family => {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`no measure family ${id}`);
  return f;
};

/** What a measure word names: a family, or a generic word the place decides (arrivals in the UK or at the EU's borders). */
export interface MeasureWord {
  /** A family, or a generic kind resolved by scope. */
  family: string | 'arrivals' | 'asylum';
  /** The word is a noun that can head a number ("36,816 arrivals"), or a verb ("died"). */
  form: 'noun' | 'verb';
  named?: 'deportation';
  /** Filters the word itself implies ("drowned": cause Drowning; "enforced returns"). */
  implies?: Record<string, string[]>;
  /** The place a generic word means when none is named: "illegal border crossings" is Frontex's term. */
  defaultScope?: Scope;
  /** A verb that names the measure only when no other word does ("Turkey has taken in 2.5 million Syrians"; "hosts 5,000 asylum seekers" counts asylum seekers). */
  weak?: true;
}

const N = (family: string, extra: Partial<MeasureWord> = {}): MeasureWord => ({ family, form: 'noun', ...extra });
const V = (family: string, extra: Partial<MeasureWord> = {}): MeasureWord => ({ family, form: 'verb', ...extra });

export const MEASURE_WORDS = new PhraseSet<MeasureWord>([
  // Deaths on migration routes.
  ...['death', 'deaths', 'dead', 'dead and missing', 'dead or missing', 'missing migrants', 'fatalities', 'death toll', 'toll', 'deaths and disappearances', 'lives lost', 'migrant deaths', 'drownings'].map((p) => [p, N('deaths', p === 'drownings' ? { implies: { cause: ['Drowning'] } } : {})] as [string, MeasureWord]),
  ...['die', 'died', 'dying', 'perish', 'perished', 'lose their lives', 'lost their lives', 'lost their life', 'were killed', 'killed', 'went missing', 'gone missing', 'are missing', 'were missing', 'lost at sea', 'deadliest', 'deadlier'].map((p) => [p, V('deaths')] as [string, MeasureWord]),
  ...['drown', 'drowned', 'drowning'].map((p) => [p, V('deaths', { implies: { cause: ['Drowning'] } })] as [string, MeasureWord]),
  // Arrivals and crossings: the place decides whose.
  ...['arrival', 'arrivals', 'crossing', 'crossings', 'entries', 'entry', 'irregular migration', 'illegal migration', 'irregular arrivals', 'illegal arrivals', 'flows'].map((p) => [p, N('arrivals')] as [string, MeasureWord]),
  ...['arrive', 'arrived', 'arriving', 'cross', 'crossed', 'made the crossing', 'make the crossing', 'came to the uk', 'came to britain', 'reached the uk', 'reached britain', 'reached europe', 'landed', 'crossed into', 'made the journey', ...['made', 'make', 'making', 'have made', 'has made'].flatMap((v) => ['perilous', 'dangerous', 'treacherous', 'risky', 'deadly', 'hazardous'].flatMap((adj) => [`${v} the ${adj} journey`, `${v} the ${adj} crossing`, `${v} ${adj} journey`, `${v} ${adj} crossings`, `${v} a ${adj} journey`, `${v} the ${adj} channel crossing`])), 'made the trip', 'making the journey', 'making the crossing', 'entered the eu', 'entered europe', 'entered into the eu', 'entered into europe', 'entering the eu', 'entered the european union', 'entered into the european union'].map((p) => [p, V('arrivals')] as [string, MeasureWord]),
  ...['small boat arrivals', 'small boat crossings', 'channel crossings', 'channel arrivals', 'small boat migrants'].map((p) => [p, N('small_boat_arrivals')] as [string, MeasureWord]),
  ...['irregular border crossings', 'illegal border crossings', 'border crossings', 'border detections', 'illegal border-crossings', 'irregular border-crossings'].map((p) => [p, N('arrivals', { defaultScope: 'eu' })] as [string, MeasureWord]),
  ...['irregular crossings', 'illegal crossings', 'irregular entries', 'illegal entries'].map((p) => [p, N('arrivals')] as [string, MeasureWord]),
  ...['detections', 'detected'].map((p) => [p, N('arrivals')] as [string, MeasureWord]),
  // Returns.
  ...['returns', 'return', 'removals', 'people returned', 'returnees'].map((p) => [p, N('uk_returns')] as [string, MeasureWord]),
  ...['returned', 'sent home', 'sent back', 'returning'].map((p) => [p, V('uk_returns')] as [string, MeasureWord]),
  ...['removed by force', 'forcibly removed', 'forcibly returned', 'returned by force', 'forced to leave'].map((p) => [p, V('uk_returns', { implies: { return_type_group: ['Enforced return'] } })] as [string, MeasureWord]),
  ...['enforced returns', 'enforced return', 'forced returns', 'enforced removals'].map((p) => [p, N('uk_returns', { implies: { return_type_group: ['Enforced return'] } })] as [string, MeasureWord]),
  ...['voluntary returns', 'voluntary return', 'voluntary departures'].map((p) => [p, N('uk_returns', { implies: { return_type_group: ['Voluntary return'] } })] as [string, MeasureWord]),
  // The Home Office's headline pair: both kinds, not port returns.
  ...['enforced and voluntary returns', 'voluntary and enforced returns', 'enforced and voluntary removals', 'forced and voluntary returns'].map((p) => [p, N('uk_returns', { implies: { return_type_group: ['Enforced return', 'Voluntary return'] } })] as [string, MeasureWord]),
  ...['port returns', 'refused entry'].map((p) => [p, N('uk_returns', { implies: { return_type_group: [PORT_RETURNS] } })] as [string, MeasureWord]),
  ...['deportations', 'deportation', 'deportees'].map((p) => [p, N('uk_returns', { named: 'deportation', implies: { return_type_group: ['Enforced return'] } })] as [string, MeasureWord]),
  ...['deported', 'deport', 'deporting', 'removed', 'remove', 'removing', 'expelled', 'kicked out'].map((p) => [p, V('uk_returns', { named: 'deportation', implies: { return_type_group: ['Enforced return'] } })] as [string, MeasureWord]),
  // Asylum.
  ...['asylum applications', 'asylum application', 'asylum claims', 'asylum applicants', 'asylum seekers', 'asylum-seekers', 'applications for asylum', 'claims for asylum', 'applications', 'applicants', 'asylum requests'].map((p) => [p, N('asylum')] as [string, MeasureWord]),
  ...['applied for asylum', 'claimed asylum', 'sought asylum', 'seek asylum', 'seeking asylum', 'claim asylum', 'claiming asylum', 'apply for asylum', 'lodged asylum applications', 'requested asylum'].map((p) => [p, V('asylum')] as [string, MeasureWord]),
  // Initial decisions on asylum: grants of protection, of other leave, refusals.
  ...['granted asylum', 'granted refugee status', 'granted protection', 'granted refugee protection', 'granted humanitarian protection', 'given asylum', 'given refugee status', 'grants of asylum', 'grants of protection', 'asylum grants', 'grants of refugee status']
    .map((p) => [p, V('uk_asylum_decisions', { implies: { outcome_group: ['Grant of Protection'] } })] as [string, MeasureWord]),
  ...['granted asylum or other leave', 'granted protection or other leave', 'granted refugee protection or other leave', 'granted refugee status or other leave', 'granted refugee protection or other forms of leave', 'granted protection or other forms of leave', 'granted asylum or another form of leave', 'granted refugee status or other leave following an asylum application', 'granted refugee protection or other leave at initial decision']
    .map((p) => [p, V('uk_asylum_decisions', { implies: { outcome_group: ['Grant of Protection', 'Grant of Other Leave'] } })] as [string, MeasureWord]),
  ...['refused asylum', 'asylum refusals', 'refusals of asylum'].map((p) => [p, V('uk_asylum_decisions', { implies: { outcome_group: ['Refused'] } })] as [string, MeasureWord]),
  ...['initial decisions on asylum', 'initial asylum decisions', 'initial decisions on asylum applications', 'asylum decisions'].map((p) => [p, N('uk_asylum_decisions')] as [string, MeasureWord]),
  // Refugees, detention, boats.
  ...['refugees', 'refugee population'].map((p) => [p, N('refugees')] as [string, MeasureWord]),
  ...['taken in', 'took in', 'taking in', 'take in', 'takes in', 'hosts', 'hosted', 'hosting', 'host', 'shelters', 'sheltered', 'sheltering'].map((p) => [p, V('refugees', { weak: true })] as [string, MeasureWord]),
  ...['entered detention', 'entering detention', 'entered immigration detention', 'entering immigration detention', 'detained', 'held in detention', 'held in immigration detention'].map((p) => [p, V('uk_detention')] as [string, MeasureWord]),
  ...['boats', 'small boats', 'dinghies', 'vessels'].map((p) => [p, N('small_boats')] as [string, MeasureWord]),
], true);

/** Place words that choose a family for generic words, and never narrow it. */
export const SCOPE_WORDS = new PhraseSet<Scope>([
  ...['the uk', 'uk', 'britain', 'great britain', 'the united kingdom', 'united kingdom', 'british shores', 'the channel', 'english channel', 'the english channel', 'channel', 'small boats', 'small boat', 'small-boat', 'home office', 'dover', 'kent', 'the british coast', 'england'].map((p) => [p, 'uk'] as [string, Scope]),
  ...['eurostat', 'the eu', 'eu', 'the european union', 'european union', "the eu's external borders", "europe's external borders", 'the bloc', 'frontex', 'schengen', 'schengen area', 'external borders', "the eu's borders", "europe's borders", 'the european union (eu)', 'into europe', 'to europe', 'entering europe', 'into the eu', 'to the eu'].map((p) => [p, 'eu'] as [string, Scope]),
  ...['worldwide', 'globally', 'around the world', 'across the world', 'in the world', 'global', 'internationally', 'across the globe', 'around the globe', 'the world over', 'world'].map((p) => [p, 'world'] as [string, Scope]),
]);

/** The families a generic word can be, by scope. */
export function resolveGeneric(kind: string, scope: Scope | null): string | null {
  if (kind === 'arrivals') return scope === 'uk' ? 'small_boat_arrivals' : scope === 'eu' ? 'frontex' : null;
  if (kind === 'asylum') return scope === 'uk' ? 'uk_asylum' : scope === 'eu' ? 'eu_asylum' : null;
  return kind;
}
