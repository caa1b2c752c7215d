/**
 * A claim while it is being read: what a construction found (its anchor, its own
 * quantity, times, values and words) before the measure, filters and period are
 * completed from the clause, its parent clause or the sentence before.
 */
import type { Rank, Role } from '../types.js';
import type { MeasureWord } from './measures.js';
import type { Analysis } from './mentions.js';
import type { PhraseMatch } from './phrases.js';
import type { QuantityMention } from './quantities.js';
import type { TimeMention } from './times.js';
import type { ValueMention } from './values.js';

export type DraftType = 'count' | 'change' | 'comparison' | 'rank' | 'share' | 'mean_per' | 'ratio' | 'streak';

/** Where a claim's subject (its measure and period) comes from when its clause does not say. */
export type SubjectSource = 'self' | 'parent' | 'antecedent' | 'topic';

export interface Draft {
  type: DraftType;
  seg: number;
  /** Token indices this claim has bound, with their roles. */
  bound: Map<number, Role>;
  quantity: QuantityMention | null;
  /** The measure words that name what is counted, if the construction found them. */
  measureWords: PhraseMatch<MeasureWord>[];
  /** Qualifiers of the claim's own measure. */
  values: ValueMention[];
  time: TimeMention | null;
  /** A second time that ends an open period ("since 2018 … as of 21 April"). */
  asOf?: TimeMention | null;
  subject: SubjectSource;
  /** change, comparison */
  direction?: 'up' | 'down';
  baselineTimes?: TimeMention[];
  /** The tokens of the baseline ("than in the year ending June 2023 (44,441 people in 1,000 boats)"). */
  baselineRange?: [number, number];
  baselineAggregate?: 'sum' | 'each';
  baselineValues?: ValueMention[];
  baselineMeasureWords?: PhraseMatch<MeasureWord>[];
  /** comparison: the baseline is every earlier period ("than in the past"). */
  vsPast?: boolean;
  /** rank */
  rank?: Omit<Rank, 'after' | 'afterYears'> & { afterValues: ValueMention[]; afterTimes?: TimeMention[] };
  /** share */
  partValues?: ValueMention[];
  /** share: a part named by a measure word ("were removed by force": enforced returns). */
  partMeasures?: PhraseMatch<MeasureWord>[];
  negated?: boolean;
  /** A share's whole, as tokens ("of the 1,457 deaths recorded throughout the Americas"): a count restating it shares its qualifiers. */
  wholeRange?: [number, number];
  /** share with its whole elided ("nearly 20% were …"): the whole of the share before it. */
  wholeFromPrevious?: boolean;
  /** streak */
  streak?: { n: number | null; since: number | null };
  /** mean per unit and ratios: the family counted per unit. */
  per?: string;
  /** A count stated as the figure of a change or comparison's baseline ("than the 29,437 who arrived in 2023"). */
  baselineOf?: Draft;
  /** "656 people arrived in 11 small boats": the boats the people came in, never the subject the clause goes on with. */
  vehicle?: boolean;
  /** share: "11,241 (35%) were Albanian": the count before it states the same part, and keeps its qualifiers. */
  restatesCount?: boolean;
  /** "fell by more than 30%, or by 34,000": the change restated, by the token of its verb; the two share their times. */
  restates?: number;
  /** Where the words of the sentence were read for this claim (the anchor first). */
  anchor: [number, number];
  /** Words the construction saw but could not read for this claim ("respectively" with lists of different lengths). */
  unread?: string[];
  /** The level a change in the clause reached ("fell by a third to 15,864"): of the change's own period, its later year for "between 2021 and 2023". */
  levelReached?: boolean;
  /** The level a change started from ("fell from 6,280 to 4,734"): the earlier year of "between 2017 and 2018". */
  levelFrom?: boolean;
  /** A multiple said of the baseline ("compared to more than double that"), read as the change the other way. */
  inverted?: boolean;
  /** The claim's period is "now": a present-tense share with no period stated. */
  present?: boolean;
  /** Explicit reference words ("this", "it", "the figure", "this route"). */
  references: PhraseMatch<'figure' | 'measure' | 'place'>[];
  /** change: "increased following … December 2022": the months after that date against the months before. */
  after?: boolean;
  /** count: "1,000 of the women … were travelling alone": the predicate qualifies the figure. */
  partitive?: boolean;
  /** rank: "Record Number of …: 6,265 in 2024": the period and figure come after the colon. */
  fromDetails?: boolean;
  /** rank: no unit named; ranked over the claim's kind of period. */
  overDefault?: boolean;
  /** streak: the last year of the run, where the words give it ("from 2013 to 2021", "before falling in 2024"). */
  endYear?: number;
}

export function newDraft(type: DraftType, seg: number, anchor: [number, number], init: Partial<Draft> = {}): Draft {
  return { type, seg, bound: new Map(), quantity: null, measureWords: [], values: [], time: null, subject: 'self', anchor, references: [], ...init };
}

export function bind(d: Draft, from: number, to: number, role: Role): void {
  for (let i = from; i < to; i++) if (!d.bound.has(i)) d.bound.set(i, role);
}

/** The words of tokens [from, to) in the sentence. */
export function words(a: Analysis, from: number, to: number): string {
  const t = a.tokens;
  if (from >= to || !t[from]) return '';
  return a.sentence.slice(t[from]!.start, t[Math.min(to, t.length) - 1]!.end);
}
