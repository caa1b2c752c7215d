/**
 * The dimension values a sentence can name, built from the values the store holds:
 * nationalities and countries (with their English names, spellings and demonyms from
 * the world-countries data), routes and regions (with the words reporters use for
 * them, and continents as the UN subregions they contain), causes of death, sexes,
 * age groups, unaccompanied children, applicant and border types. A phrase maps to
 * every metric and dimension that holds its value, so one word ("Afghans") filters
 * whichever measure the claim turns out to be about.
 */
import { createRequire } from 'node:module';
import { EUROPE_ROUTES } from './measures.js';
import { PhraseSet, words } from './phrases.js';
import type { Token } from './tokens.js';

/** What kind of qualifier a dimension is, for reading and for the coverage rule. */
/** Nouns after which a demonym names a place or an institution, not the people counted. */
const DEMONYM_NOT_PEOPLE = /^(archipelago|islands?|isles?|coasts?|coastline|coastguard|shores?|waters|mainland|enclaves?|territor(y|ies)|ports?|cities|city|capital|regions?|provinces?|borders?|frontier|authorities|government|officials|police|navy|military|army|ministry|minister|interior|coast-guard|sea|seas|side)$/;

export type ValueKind = 'nationality' | 'place' | 'route' | 'region' | 'cause' | 'sex' | 'age' | 'uasc' | 'applicant' | 'method' | 'border_type' | 'asylum_application' | 'return_type' | 'outcome';

/** Each metric's dimensions that words can name. */
export const DIM_KINDS: Record<string, Record<string, ValueKind>> = {
  'deaths.dead_and_missing': { route: 'route', region: 'region', country: 'place', cause: 'cause', origin: 'nationality' },
  'uk.irregular.detections': { method: 'method', nationality: 'nationality', sex: 'sex', age: 'age' },
  'uk.small_boats.asylum_claims': { asylum_application: 'asylum_application', nationality: 'nationality', applicant_type: 'applicant', uasc: 'uasc', sex: 'sex', age: 'age' },
  'uk.returns': { nationality: 'nationality', return_type_group: 'return_type' },
  'uk.asylum.applications': { applicant_type: 'applicant', nationality: 'nationality', uasc: 'uasc' },
  'uk.detention.entering': { nationality: 'nationality', sex: 'sex' },
  // (The outcome and case type are named by the measure words themselves: "granted asylum", "refused".)
  'uk.asylum.decisions': { applicant_type: 'applicant', nationality: 'nationality', outcome_group: 'outcome', case_type: 'outcome' },
  'eu.frontex.detections': { route: 'route', type: 'border_type', nationality: 'nationality' },
  'eu.asylum.applicants': { geo: 'place', nationality: 'nationality', sex: 'sex' },
  'unhcr.refugees': { asylum: 'place', origin: 'nationality' },
};

export interface Target {
  metric: string;
  dim: string;
  values: string[];
}

export interface ValueEntry {
  kind: ValueKind;
  label: string;
  /** demonym: "Afghans", "Iranian nationals"; name: "Afghanistan", "the Channel". */
  form: 'demonym' | 'name';
  targets: Target[];
}

export interface ValueMention {
  start: number;
  end: number;
  entry: ValueEntry;
  /** The word before a name: "from" makes a country a nationality, "in"/"to" a place. */
  context?: 'from' | 'in';
  /** A place named as where people were going ("trying to reach Spain", "on their way to Italy", "bound for Greece"). */
  heading?: true;
}

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  cca3: string;
  region: string;
  subregion: string;
  demonyms: Record<string, { f: string; m: string }>;
}
const COUNTRIES = createRequire(import.meta.url)('world-countries/countries.json') as CountryRecord[];

/** Demonyms whose plural is not "+s". */
const PLURALS: Record<string, string[]> = { turkish: ['turks'], british: ['britons', 'brits'], kurdish: ['kurds'], polish: ['poles'], danish: ['danes'], swedish: ['swedes'], finnish: ['finns'], spanish: ['spaniards'], scottish: ['scots'], irish: ['irish'], welsh: ['welsh'] };
/** Spellings the publishers use that world-countries does not list. */
const EXTRA_NAMES: Record<string, string[]> = { TUR: ['turkey'], COD: ['congo (democratic republic)', 'democratic republic of the congo'], CIV: ["cote d'ivoire", 'ivory coast'], VNM: ['viet nam'], SYR: ['syria'], IRN: ['iran'], RUS: ['russia'], GBR: ['uk', 'britain', 'great britain'], USA: ['us', 'usa', 'the united states'], CZE: ['czech republic'], MMR: ['burma'], PSE: ['palestine', 'occupied palestinian territories', 'occupied palestinian territory'], KOR: ['south korea'], PRK: ['north korea'] };

export interface RouteName {
  words: string[];
  /** The value in each metric that names it. */
  values: Record<string, string>;
}
/** Verbs whose subject, a country's name, is where people were counted: "Italy recorded …", "Germany received …". */
/** Where people were going: "trying to reach Spain", "heading for Italy", "on their way to Greece", "en route to the UK", "bound for Lampedusa". */
const HEADING = /^(reach|reaching|towards|toward)$/;
const HEADING_BEFORE_TO = /^(way|get|getting|route|heading|headed|bound|journey|journeys|trip|trying|attempting|seeking|hoping|sailing|sailed|travelling|traveling|bid)$/;
const PLACE_VERBS = new Set(['hosting', 'shelters', 'sheltered', 'houses', 'housed', 'recorded', 'registered', 'received', 'receives', 'hosted', 'hosts', 'saw', 'sees', 'counted', 'logged', 'welcomed', 'took', 'accepted', 'processed']);

/** Routes as reporters name them, and the value each publisher uses. */
export const ROUTES: RouteName[] = [
  { words: ['central mediterranean', 'central med'], values: { 'deaths.dead_and_missing': 'Central Mediterranean', 'eu.frontex.detections': 'Central Mediterranean Route' } },
  { words: ['eastern mediterranean', 'eastern med'], values: { 'deaths.dead_and_missing': 'Eastern Mediterranean', 'eu.frontex.detections': 'Eastern Mediterranean Route' } },
  { words: ['western mediterranean', 'western med'], values: { 'deaths.dead_and_missing': 'Western Mediterranean', 'eu.frontex.detections': 'Western Mediterranean Route' } },
  { words: ['western african', 'west african', 'western africa', 'west africa', 'atlantic', 'canary islands', 'canaries', 'canary island', 'atlantic route to the canary islands', 'western africa / atlantic route to the canary islands'], values: { 'deaths.dead_and_missing': 'Western Africa / Atlantic route to the Canary Islands', 'eu.frontex.detections': 'Western African Route' } },
  { words: ['western balkan', 'western balkans', 'balkan', 'balkans'], values: { 'deaths.dead_and_missing': 'Western Balkans', 'eu.frontex.detections': 'Western Balkan Route' } },
  { words: ['eastern borders', 'eastern border', 'eastern land borders', 'eastern land border', "eu's eastern land borders", "eu's eastern borders"], values: { 'eu.frontex.detections': 'Eastern Borders Route' } },
  { words: ['black sea'], values: { 'eu.frontex.detections': 'Black Sea Route' } },
  { words: ['circular route from albania to greece', 'albania to greece'], values: { 'eu.frontex.detections': 'Circular Route from Albania to Greece' } },
  { words: ['english channel', 'the channel', 'channel', 'english channel to the uk'], values: { 'deaths.dead_and_missing': 'English Channel to the UK' } },
  { words: ['darien', 'darién', 'darien gap', 'darién gap'], values: { 'deaths.dead_and_missing': 'Darien' } },
  { words: ['us-mexico border', 'us mexico border', 'mexico border', 'us-mexico border crossing', 'united states-mexico border', 'us southern border', 'u.s.-mexico border', 'u.s. mexico border', 'u.s.–mexico border', 'us–mexico border', 'u.s. southern border', 'u.s.-mexico border crossing'], values: { 'deaths.dead_and_missing': 'US-Mexico border crossing' } },
  { words: ['sahara', 'sahara desert', 'sahara desert crossing'], values: { 'deaths.dead_and_missing': 'Sahara Desert crossing' } },
  { words: ['belarus-eu border', 'belarus border', 'belarusian border', 'eu-belarus border'], values: { 'deaths.dead_and_missing': 'Belarus-EU border' } },
  { words: ['bay of bengal', 'andaman sea'], values: { 'deaths.dead_and_missing': 'Bay of Bengal/Andaman Sea' } },
];

/** "Trying to reach Europe": the routes into Europe, not IOM's region Europe. */
const TO_EUROPE = ['reach europe', 'reaching europe', 'to europe', 'into europe', 'towards europe', 'routes to europe', 'route to europe', 'routes into europe', 'on the way to europe', 'europe-bound', 'bound for europe', 'heading for europe', 'crossing to europe', 'journeys to europe'];

const CAUSES: [string[], string][] = [
  [['violence', 'violent', 'violent deaths', 'killings', 'shot', 'shootings'], 'Violence'],
  [['drowning', 'drownings', 'drowned'], 'Drowning'],
  [['vehicle accidents', 'vehicle accident', 'road accidents', 'traffic accidents', 'hazardous transport', 'vehicle'], 'Vehicle accident / death linked to hazardous transport'],
  [['sickness', 'illness', 'disease', 'diseases', 'lack of healthcare', 'lack of access to healthcare', 'lack of adequate healthcare'], 'Sickness / lack of access to adequate healthcare'],
  [['harsh conditions', 'harsh environmental conditions', 'dehydration', 'exposure', 'hypothermia', 'starvation', 'lack of shelter', 'lack of food and water'], 'Harsh environmental conditions / lack of adequate shelter, food, water'],
  [['accidental deaths', 'accidental death', 'accidents', 'accident'], 'Accidental death'],
];

/** Sexes as the publishers spell them, whatever their case. */
const SEXES: [string[], string][] = [
  [['male', 'men', 'man', 'males', 'boys'], 'male'],
  [['female', 'women', 'woman', 'females', 'girls'], 'female'],
];

/** Qualifiers the coverage rule must see even where the store has nothing for them. */
export const UNHELD_QUALIFIERS = new PhraseSet<string>(
  [
    'unaccompanied', 'children', 'child', 'minors', 'minor', 'teenagers', 'babies', 'infants', 'families', 'family', 'adults', 'elderly', 'pregnant', 'boys', 'girls',
    'women', 'men', 'male', 'female', 'kurdish', 'kurds', 'christians', 'muslims', 'rohingya', 'ethnic', 'stateless',
    'foreign national offenders', 'foreign criminals', 'offenders', 'criminals', 'prisoners', 'fnos', 'failed asylum seekers', 'overstayers', 'students', 'workers', 'visa',
    'hotels', 'hotel', 'backlog', 'legacy', 'net migration', 'cost', 'costs', 'spending', 'rate', 'rates', 'grant rate', 'refusal rate', 'share', 'proportion',
    'attempts', 'attempted crossings', 'attempted crossing', 'departures', 'departure', 'interceptions', 'intercepted', 'rescued', 'rescues', 'survivors', 'bodies', 'pushbacks', 'prevented', 'stopped', 'camps', 'calais', 'dunkirk',
    // "1,826 people in detention" on a date is a stock (Det_D03); the data hold people entering detention over a period.
    'in detention', 'in immigration detention', 'currently detained',
    'travelling alone', 'traveling alone', 'travelled alone', 'traveled alone', 'travelling with children', 'travelling as families',
    'first-time', 'first time', 'repeat', 'appeals', 'initial decisions', 'decisions', 'grants', 'refusals', 'recognised', 'granted', 'refused', 'rejected',
  ].map((p) => [p, p] as [string, string]),
  true,
);

export type HeldValues = Record<string, Record<string, string[]>>;

export class Vocabulary {
  readonly phrases = new PhraseSet<ValueEntry>();
  private byPhrase = new Map<string, ValueEntry>();
  /** Age groups per metric, as [low, high] ranges. */
  readonly ages = new Map<string, { value: string; lo: number; hi: number }[]>();

  constructor(readonly held: HeldValues) {
    this.addCountries();
    this.addRoutes();
    this.addRegions();
    this.addSimple('cause', CAUSES);
    this.addSexes();
    this.addAges();
    this.addFixed();
    for (const [p, e] of this.byPhrase) this.phrases.add(p, e);
  }

  /** The values held for a metric's dimension. */
  valuesOf(metric: string, dim: string): string[] {
    return this.held[metric]?.[dim] ?? [];
  }

  private add(phrase: string, kind: ValueKind, label: string, form: 'demonym' | 'name', target: Target): void {
    const key = words(phrase).join(' ');
    if (!key) return;
    let e = this.byPhrase.get(key);
    if (!e) {
      e = { kind, label, form, targets: [] };
      this.byPhrase.set(key, e);
    }
    const same = e.targets.find((t) => t.metric === target.metric && t.dim === target.dim);
    if (same) {
      for (const v of target.values) if (!same.values.includes(v)) same.values.push(v);
    } else e.targets.push({ ...target, values: [...target.values] });
  }

  private dimsOfKind(kind: ValueKind): { metric: string; dim: string }[] {
    const out: { metric: string; dim: string }[] = [];
    for (const [metric, dims] of Object.entries(DIM_KINDS)) for (const [dim, k] of Object.entries(dims)) if (k === kind) out.push({ metric, dim });
    return out;
  }

  private addCountries(): void {
    const index = new Map<string, CountryRecord>();
    for (const c of COUNTRIES) {
      for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3), ...(EXTRA_NAMES[c.cca3] ?? [])]) index.set(n.toLowerCase(), c);
      index.set(c.cca3.toLowerCase(), c);
    }
    const find = (v: string): CountryRecord | undefined => index.get(v.toLowerCase()) ?? index.get(v.toLowerCase().replace(/\s*\(.*\)$/, ''));
    for (const kind of ['nationality', 'place'] as const) {
      for (const { metric, dim } of this.dimsOfKind(kind)) {
        for (const v of this.valuesOf(metric, dim)) {
          const c = find(v);
          if (!c) continue;
          // (With the accents folded as well: "Turkiye" for "Türkiye", "Cote d'Ivoire".)
          const names = new Set([c.name.common, ...(EXTRA_NAMES[c.cca3] ?? []), ...(v.length > 3 ? [v] : [])].flatMap((x) => [x.toLowerCase(), x.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')]));
          for (const n of names) {
            this.add(n, kind, c.name.common, 'name', { metric, dim, values: [v] });
            if (kind === 'nationality') {
              for (const p of [`nationals of ${n}`, `citizens of ${n}`, `people from ${n}`]) this.add(p, kind, c.name.common, 'demonym', { metric, dim, values: [v] });
            }
          }
          const dem = c.demonyms.eng?.m?.toLowerCase();
          if (dem && kind === 'nationality') {
            const plurals = PLURALS[dem] ?? (/(ese|ss|sh|ch|i)$/.test(dem) && !/i$/.test(dem) ? [] : [`${dem}s`]);
            for (const d of [dem, ...plurals, `${dem} nationals`, `${dem} citizens`, `${dem} people`]) this.add(d, kind, c.name.common, 'demonym', { metric, dim, values: [v] });
          }
        }
      }
    }
  }

  private addRoutes(): void {
    const metric = 'deaths.dead_and_missing';
    const held = this.valuesOf(metric, 'route');
    const toEurope = EUROPE_ROUTES.filter((r) => held.includes(r));
    if (toEurope.length) for (const w of TO_EUROPE) this.add(w, 'route', 'the routes to Europe', 'name', { metric, dim: 'route', values: toEurope });
    for (const r of ROUTES) {
      for (const [metric, value] of Object.entries(r.values)) {
        const dim = 'route';
        if (!this.valuesOf(metric, dim).includes(value)) continue;
        for (const w of r.words) {
          this.add(w, 'route', value.replace(/ Route$/, ''), 'name', { metric, dim, values: [value] });
          this.add(`${w} route`, 'route', value.replace(/ Route$/, ''), 'name', { metric, dim, values: [value] });
          this.add(`${w} routes`, 'route', value.replace(/ Route$/, ''), 'name', { metric, dim, values: [value] });
        }
      }
    }
  }

  /** IOM's regions of incident (UN subregions, plus the Mediterranean and Europe), and continents as the subregions they hold. */
  private addRegions(): void {
    const metric = 'deaths.dead_and_missing';
    const held = this.valuesOf(metric, 'region');
    const variants = (v: string): string[] => {
      const l = v.toLowerCase();
      const out = [l];
      out.push(l.replace(/^northern /, 'north ').replace(/^southern /, 'south ').replace(/^eastern /, 'east ').replace(/^western /, 'west '));
      if (l.startsWith('south-eastern')) out.push(l.replace('south-eastern', 'southeast'), l.replace('south-eastern', 'south-east'), l.replace('south-eastern', 'south east'));
      // Headlines' "the Med", as the routes' "central Med".
      if (l === 'mediterranean') out.push('med');
      return [...new Set(out)];
    };
    for (const v of held) for (const p of variants(v)) this.add(p, 'region', v, 'name', { metric, dim: 'region', values: [v] });
    const continents = new Map<string, Set<string>>();
    for (const c of COUNTRIES) {
      const sub = held.find((h) => h.toLowerCase() === c.subregion.toLowerCase());
      if (!sub) continue;
      const name = c.region === 'Americas' ? 'the americas' : c.region.toLowerCase();
      if (!continents.has(name)) continents.set(name, new Set());
      continents.get(name)!.add(sub);
    }
    for (const [name, subs] of continents) {
      // "Europe" is IOM's own region (the Mediterranean is counted apart): it is not the sum of European subregions here.
      if (held.some((h) => h.toLowerCase() === name)) continue;
      for (const p of name === 'the americas' ? ['the americas', 'americas'] : [name]) this.add(p, 'region', name.replace(/^the /, '').replace(/^\w/, (x) => x.toUpperCase()), 'name', { metric, dim: 'region', values: [...subs] });
    }
  }

  private addSimple(kind: ValueKind, table: [string[], string][]): void {
    for (const { metric, dim } of this.dimsOfKind(kind)) {
      const held = this.valuesOf(metric, dim);
      for (const [ws, value] of table) {
        const v = held.find((h) => h.toLowerCase() === value.toLowerCase());
        if (!v) continue;
        for (const w of ws) this.add(w, kind, v, 'name', { metric, dim, values: [v] });
      }
    }
  }

  private addSexes(): void {
    this.addSimple('sex', SEXES);
  }

  private addAges(): void {
    for (const { metric, dim } of this.dimsOfKind('age')) {
      const groups = this.valuesOf(metric, dim)
        .map((value) => {
          const a = /^(\d+) to (\d+)$/.exec(value);
          if (a) return { value, lo: Number(a[1]), hi: Number(a[2]) };
          const u = /^(\d+) and under$/.exec(value);
          if (u) return { value, lo: 0, hi: Number(u[1]) };
          const o = /^(\d+) and over$/.exec(value);
          if (o) return { value, lo: Number(o[1]), hi: 150 };
          return null;
        })
        .filter((x): x is { value: string; lo: number; hi: number } => x !== null)
        .sort((a, b) => a.lo - b.lo);
      if (groups.length) this.ages.set(metric, groups);
      const under = groups.find((g) => g.lo === 0);
      if (under) for (const w of ['children', 'child', 'minors', 'under-18s', 'under 18s']) this.add(w, 'age', `${under.value} (children)`, 'name', { metric, dim, values: [under.value] });
      const adults = groups.filter((g) => g.lo >= 18);
      if (adults.length) for (const w of ['adults', 'adult']) this.add(w, 'age', 'adults (18 and over)', 'name', { metric, dim, values: adults.map((g) => g.value) });
    }
  }

  private addFixed(): void {
    for (const { metric, dim } of this.dimsOfKind('uasc')) {
      const v = this.valuesOf(metric, dim).find((x) => x.toUpperCase() === 'UASC');
      if (v) for (const w of ['unaccompanied', 'unaccompanied children', 'unaccompanied minors', 'unaccompanied asylum-seeking children', 'unaccompanied asylum seeking children', 'uasc']) this.add(w, 'uasc', 'unaccompanied asylum-seeking children', 'name', { metric, dim, values: [v] });
    }
    for (const { metric, dim } of this.dimsOfKind('applicant')) {
      const main = this.valuesOf(metric, dim).find((x) => x === 'Main applicant');
      const dep = this.valuesOf(metric, dim).find((x) => x === 'Dependant');
      if (main) for (const w of ['main applicants', 'main applicant']) this.add(w, 'applicant', 'main applicants', 'name', { metric, dim, values: [main] });
      if (dep) for (const w of ['dependants', 'dependents']) this.add(w, 'applicant', 'dependants', 'name', { metric, dim, values: [dep] });
    }
    for (const { metric, dim } of this.dimsOfKind('border_type')) {
      for (const v of this.valuesOf(metric, dim)) for (const w of [`by ${v.toLowerCase()}`, `${v.toLowerCase()} border`, `${v.toLowerCase()} borders`, `${v.toLowerCase()} crossings`, `${v.toLowerCase()} arrivals`, v.toLowerCase()]) this.add(w, 'border_type', v, 'name', { metric, dim, values: [v] });
    }
    const METHODS: [string[], string][] = [
      [['by air', 'air arrivals', 'inadequately documented air arrivals', 'at airports'], 'Inadequately documented air arrivals'],
      [['lorries', 'in lorries', 'in the back of lorries', 'detected in the uk', 'recorded detections in the uk'], 'Recorded detections in the UK'],
      [['at uk ports', 'at ports', 'at the ports', 'recorded detections at uk ports'], 'Recorded detections at UK ports'],
    ];
    this.addSimple('method', METHODS);
    for (const { metric, dim } of this.dimsOfKind('asylum_application')) {
      const yes = this.valuesOf(metric, dim).find((x) => /raised/.test(x) && !/^No/.test(x));
      if (yes) for (const w of ['claimed asylum', 'claim asylum', 'claiming asylum', 'sought asylum', 'seek asylum', 'seeking asylum', 'applied for asylum', 'apply for asylum', 'made an asylum claim', 'lodged an asylum claim', 'raised an asylum claim']) this.add(w, 'asylum_application', yes, 'name', { metric, dim, values: [yes] });
    }
  }

  /** Value mentions in the tokens, longest first; ages are read from their numbers. */
  find(tokens: Token[]): ValueMention[] {
    const out: ValueMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const age = this.ageAt(tokens, i);
      if (age) {
        out.push(age);
        i = age.end;
        continue;
      }
      const co = this.coordinated(tokens, i);
      if (co) {
        out.push(co);
        i = co.end;
        continue;
      }
      const m = this.phrases.matchAt(tokens, i);
      // "applications, including dependants": all of them, not a filter.
      if (m && m.value.kind === 'applicant' && /^(including|with|plus|and)$/.test(tokens[i - 1]?.lower ?? '')) {
        i = m.end;
        continue;
      }
      // A capitalised name ("Chad", "Niger") or a phrase of two words or more; lower-case one-word country names are ordinary words ("chad", "turkey").
      if (m && (m.end - m.start > 1 || m.value.kind !== 'nationality' || m.value.form === 'demonym' || /^[A-Z]/.test(tokens[i]!.text))) {
        // "the Spanish archipelago", "Greek islands", "Libyan coast guard": a demonym naming a place or an institution, not a nationality.
        if (m.value.kind === 'nationality' && m.value.form === 'demonym' && m.end - m.start === 1 && DEMONYM_NOT_PEOPLE.test(tokens[m.end]?.lower ?? '')) {
          i = m.end;
          continue;
        }
        const before = tokens[i - 1]?.lower ?? '';
        // A country named as where: after "in", "to", "on" …, as a possessive ("Italy's shores"), or as the subject of a
        // verb of counting or receiving ("Italy recorded 157,651 arrivals", "Germany received …").
        const after = tokens[m.end]?.lower ?? '';
        // ("Turkey has taken in …", "Germany has received …": the verb after its auxiliary.)
        const verbAfter = /^(has|have|had)$/.test(after) ? (/^(taken|took)$/.test(tokens[m.end + 1]?.lower ?? '') && tokens[m.end + 2]?.lower === 'in' ? 'took' : tokens[m.end + 1]?.lower ?? '') : after;
        // ("the applications received by Germany", "refugees hosted by Australia": the receiver is a place.)
        const receivedBy = before === 'by' && /^(received|hosted|registered|recorded|processed|accepted|taken|sheltered|housed)$/.test(tokens[i - 2]?.lower ?? '');
        const where = receivedBy || /^(in|to|into|at|on|across|within|inside|reach|reaching|reached)$/.test(before) || (m.value.form === 'name' && (/^['’]s$/.test(after) || PLACE_VERBS.has(verbAfter)));
        const ctx = /^(from|of)$/.test(before) ? 'from' : where ? 'in' : undefined;
        const heading = HEADING.test(before) || (/^(to|for)$/.test(before) && HEADING_BEFORE_TO.test(tokens[i - 2]?.lower ?? ''));
        // "trying to reach Spain's Canary Islands": the country only locates the route named after it.
        const located = /^['’]s$/.test(after) ? this.phrases.matchAt(tokens, m.end + 1) : null;
        if (located && (located.value.kind === 'route' || located.value.kind === 'region')) {
          i = m.end;
          continue;
        }
        out.push({ start: m.start, end: m.end, entry: m.value, ...(ctx ? { context: ctx } : {}), ...(heading ? { heading: true as const } : {}) });
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** "South and Southeast Asia": two values sharing their last word, one mention of both. */
  private coordinated(tokens: Token[], i: number): ValueMention | null {
    const and = tokens[i + 1]?.lower;
    if (and !== 'and' && and !== 'or') return null;
    const m = this.phrases.matchAt(tokens, i + 2);
    if (!m || m.end - m.start < 2) return null;
    const tail = tokens.slice(m.start + 1, m.end).map((t) => t.lower).join(' ');
    const first = this.byPhrase.get(`${tokens[i]!.lower} ${tail}`);
    if (!first || first.kind !== m.value.kind) return null;
    const targets: Target[] = first.targets.map((t) => ({ ...t, values: [...t.values] }));
    for (const t of m.value.targets) {
      const same = targets.find((x) => x.metric === t.metric && x.dim === t.dim);
      if (same) for (const v of t.values) if (!same.values.includes(v)) same.values.push(v);
    }
    return { start: i, end: m.end, entry: { kind: first.kind, label: `${first.label} and ${m.value.label}`, form: first.form, targets } };
  }

  /** "between 25 and 39 years old", "aged 18 to 24", "25-39 year olds", "aged 40 and over", "under 18". */
  private ageAt(tokens: Token[], i: number): ValueMention | null {
    // Every age phrase starts with one of these words or a number.
    if (!/^(between|aged|under|below|\d)/.test(tokens[i]?.lower ?? '')) return null;
    const lw = (k: number) => tokens[k]?.lower ?? '';
    const n = (k: number) => (/^\d{1,3}$/.test(tokens[k]?.text ?? '') ? Number(tokens[k]!.text) : null);
    let lo: number | null = null;
    let hi: number | null = null;
    let end = i;
    const range = /^(\d{1,2})-(\d{1,3})$/.exec(tokens[i]?.text ?? '');
    if ((lw(i) === 'between' || lw(i) === 'aged') && n(i + 1) !== null && /^(and|to|-)$/.test(lw(i + 2)) && n(i + 3) !== null) {
      lo = n(i + 1);
      hi = n(i + 3);
      end = i + 4;
    } else if (lw(i) === 'aged' && /^\d{1,2}-\d{1,3}$/.test(tokens[i + 1]?.text ?? '')) {
      const [a, b] = tokens[i + 1]!.text.split('-').map(Number);
      lo = a!;
      hi = b!;
      end = i + 2;
    } else if (range && /^(year|years)$/.test(lw(i + 1))) {
      lo = Number(range[1]);
      hi = Number(range[2]);
      end = i + 1;
    } else if (lw(i) === 'aged' && n(i + 1) !== null && /^(and|or)$/.test(lw(i + 2)) && /^(over|above|older)$/.test(lw(i + 3))) {
      lo = n(i + 1);
      hi = 150;
      end = i + 4;
    } else if ((lw(i) === 'under' || lw(i) === 'below') && n(i + 1) !== null && /^(years|year|-)$/.test(lw(i + 2)) === false && lw(i - 1) !== 'of' && (lw(i + 2) === 'years' || lw(i + 2) === 'year' || lw(i + 2) === ',' || /^(were|are|was)$/.test(lw(i - 1)) || lw(i - 1) === 'aged')) {
      lo = 0;
      hi = n(i + 1)! - 1;
      end = i + 2;
    } else return null;
    if (lo === null || hi === null) return null;
    if (/^(years?)$/.test(lw(end))) end++;
    if (/^(old|of)$/.test(lw(end))) end++;
    if (lw(end) === 'age') end++;
    const targets: Target[] = [];
    for (const [metric, groups] of this.ages) {
      // The groups that tile the range exactly.
      const inside = groups.filter((g) => g.lo >= lo! && g.hi <= hi!);
      const covered = inside.length && inside[0]!.lo === lo && (inside.at(-1)!.hi === hi || (hi >= 100 && inside.at(-1)!.hi >= 100)) && inside.every((g, k) => k === 0 || g.lo === inside[k - 1]!.hi + 1);
      if (covered) targets.push({ metric, dim: 'age', values: inside.map((g) => g.value) });
    }
    return { start: i, end, entry: { kind: 'age', label: `aged ${lo}${hi >= 100 ? ' and over' : ` to ${hi}`}`, form: 'name', targets } };
  }
}
