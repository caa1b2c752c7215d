/** The claim checker's shapes: what a claim says (ClaimSpec) and what the data say (ClaimResult). */
export type Verdict = 'accurate' | 'roughly_accurate' | 'misleading' | 'inaccurate' | 'unverifiable';
export const VERDICT_RANK: Record<Verdict, number> = { unverifiable: 0, accurate: 1, roughly_accurate: 2, misleading: 3, inaccurate: 4 };

export type ClaimType = 'count' | 'comparison' | 'record' | 'streak' | 'growth' | 'share' | 'cumulative' | 'rank';

export type Hedge = 'exact' | 'more_than' | 'at_least' | 'nearly' | 'about' | 'fewer_than' | 'up_to' | 'just_over';

export interface Period {
  from: string;
  to: string;
  /** How the words were read, e.g. "last year = 2022 (the claim is dated 2023-02-09)". */
  reading: string;
}

export interface Claimed {
  value: number | null;
  hedge: Hedge | null;
  /** The words of the number as written. */
  text: string;
  /** For percentages and ratios: the unit of `value`. */
  unit?: 'count' | 'percent' | 'ratio';
  /** Rounding step implied by the way it is written (9,000 → 1,000; 13% → 1). */
  precision?: number;
}

export interface ClaimSpec {
  text: string;
  span: [number, number];
  type: ClaimType;
  metric: string | null;
  filters: Record<string, string | string[]>;
  period: Period | null;
  claimed: Claimed;
  /** growth: rising or falling; record: highest or lowest. */
  direction?: 'up' | 'down';
  negated?: boolean;
  /** Why the metric was read as it was (alias, speaker's role, context). */
  notes: string[];
  /** Set when the claim cannot be checked at all, with the reason. */
  blocked?: string;
  /** Words that named the measure (e.g. "deported"), for definitional checks. */
  measureWords?: string;
  /** Extra slots the evaluator reads for the claim's type. */
  detail: Record<string, unknown>;
}

export interface Evidence {
  value: number;
  period: string;
  query: string;
  source: string;
  release: string;
  url: string;
  note?: string;
}

export interface ClaimResult {
  text: string;
  span: [number, number];
  type: ClaimType;
  metric: string | null;
  filters: Record<string, string | string[]>;
  period: { from: string; to: string } | null;
  claimed: { value: number | null; hedge: Hedge | null; text?: string };
  verdict: Verdict;
  reason: string;
  evidence: Evidence[];
  /** Readings considered, for transparency. */
  readings?: string[];
  caveats?: string[];
}

export interface CheckInput {
  text: string;
  date?: string | undefined;
  speaker?: string | undefined;
  format?: 'txt' | 'md' | 'html';
}

export interface CheckOutput {
  claims: ClaimResult[];
}
