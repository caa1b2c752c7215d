/** Building the verdict JSON of a claim. */
import { getMetric } from '../../metrics/catalogue.js';
import type { Claim, ClaimResult, Evidence, Verdict } from '../types.js';

/** The verdict JSON's type (design.md): a change is "growth", a rank of one "record", a count since a date "cumulative". */
export function typeName(c: Claim): ClaimResult['type'] {
  if (c.type === 'change') return 'growth';
  if (c.type === 'rank') return c.rank.k === 1 ? 'record' : 'rank';
  if (c.type === 'count' && c.period?.kind === 'since') return 'cumulative';
  return c.type;
}

export function result(c: Claim, verdict: Verdict, reason: string, evidence: Evidence[] = [], extra: Partial<ClaimResult> = {}): ClaimResult {
  const q = 'quantity' in c ? c.quantity : null;
  const filters: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(c.measure?.filters ?? {})) filters[k] = v.length === 1 ? v[0]! : v;
  const notes = c.notes.length ? ` (${c.notes.join('; ')})` : '';
  return {
    text: c.text,
    span: c.span,
    type: typeName(c),
    metric: c.measure?.metric ?? null,
    filters,
    period: c.period ? { from: c.period.from, to: c.period.to } : null,
    claimed: { value: q ? q.value : c.type === 'streak' ? c.n : null, hedge: q?.hedge ?? null, ...(q ? { text: q.text } : {}) },
    verdict,
    reason: verdict === 'unverifiable' || !notes ? reason : `${reason}${notes}`,
    evidence,
    reading: {
      measure: c.measure?.label ?? null,
      period: c.period?.reading ?? null,
      bindings: c.bindings.map((b) => ({ role: b.role, text: b.text })),
      notes: c.notes,
      ...(c.type === 'rank' ? { rank: c.rank } : {}),
      ...((c.type === 'change' && c.baseline) ? { baseline: c.baseline.reading } : c.type === 'comparison' ? { baseline: c.baseline.period.reading } : {}),
    },
    // What the measure does and does not count ("a minimum estimate", "provisional"), beside any decided verdict.
    ...(verdict !== 'unverifiable' && c.measure ? { caveats: getMetric(c.measure.metric).caveats } : {}),
    ...extra,
  };
}

export const unverifiable = (c: Claim, why: string, extra: Partial<ClaimResult> = {}): ClaimResult => result(c, 'unverifiable', why, [], extra);

export const supports = (v: Verdict): boolean => v === 'accurate' || v === 'roughly_accurate';
const ORDER: Verdict[] = ['accurate', 'roughly_accurate', 'misleading', 'inaccurate', 'unverifiable'];
/** The best of several verdicts on equally plausible readings. */
export const best = (vs: Verdict[]): Verdict => [...vs].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0] ?? 'unverifiable';
