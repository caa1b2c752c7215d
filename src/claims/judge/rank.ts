/**
 * Ranks and records: the claim's period among the other years (months, the same month
 * or the same days of other years, days), or one value of a dimension among the others
 * in the same period, within the claim's scope (on record, since a year, for N years).
 * The claim holds when the period or value has the rank k it claims.
 */
import { lastKnownDay, sumWindow, totalsBy, type Series } from '../../metrics/access.js';
import { addDays, addMonths, daysBetween, describeRange, monthName, yearOf } from '../../util/dates.js';
import type { ClaimResult, Period, Rank, RankClaim, RankOver } from '../types.js';
import { familyById } from '../read/measures.js';
import { evidenceOf, seriesOf, type JudgeContext } from './figures.js';
import { result, unverifiable } from './result.js';
import { fmt } from './tolerance.js';

type Row = [string, number];
/** The EU's 27 member states (since 2020), as ISO-3 codes: "in the EU" ranks among these, not Norway or Switzerland. */
const EU27 = new Set(['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE']);
const CATCH_ALL = /^(other|others|unknown|other and unknown|mixed or unknown|not currently recorded|not recorded|n\/a|)$/i;

export async function judgeRankClaim(c: RankClaim, ctx: JudgeContext): Promise<ClaimResult> {
  const r = c.rank;
  if (typeof r.over === 'object') return c.per ? unverifiable(c, 'An average ranked across values of a dimension is not computed.') : overDimension(c, ctx, r.over.dim);
  const s = await seriesOf(ctx, c.measure!);
  const last = lastKnownDay(s, ctx.date);
  if (!last || !s.coverage) return unverifiable(c, `No ${c.measure!.label} figures were published before ${ctx.date}.`);
  const p = c.period!;
  // The claim's own period, if it was over by the claim's date, is ranked with the figures held for it.
  const limit = p.to < ctx.date && p.to <= s.coverage.to && p.to > last && !p.open ? p.to : last;
  let over = r.over;
  if (over === 'year' && p.kind !== 'year') over = p.kind === 'month' ? 'month' : 'window';
  const rows = periodRows(s, p, over, limit, r, ctx);
  if (rows === 'beyond') return c.per ? unverifiable(c, `The figures published by ${ctx.date} end on ${last}, before ${describeRange(p.from, p.to)}.`) : evenGranting(c, s, last, ctx);
  if (typeof rows === 'string') return unverifiable(c, rows);
  if (!c.per) return verdictOf(c, scoped(rows.pool, rows.target, r, over), rows.target, rows.unitWord, s, ctx);
  // An average per unit ("59 people per boat, the highest on record"): each period's figure over its count of units.
  const per = familyById(c.per);
  const d = await seriesOf(ctx, { family: per.id, metric: per.sources[0]!.metric, filters: {}, label: per.label });
  const den = periodRows(d, p, over, limit, r, ctx);
  if (typeof den === 'string') return unverifiable(c, den === 'beyond' ? `No ${per.label} figures for ${describeRange(p.from, p.to)}.` : den);
  const units = new Map(den.pool);
  const means: Row[] = rows.pool.flatMap(([k, v]) => (units.get(k) ? [[k, Math.round((v / units.get(k)!) * 100) / 100] as Row] : []));
  const target = means.find(([k]) => k === rows.target[0]);
  if (!target) return unverifiable(c, `No ${per.label} figures for ${describeRange(p.from, p.to)}.`);
  return verdictOf(c, scoped(means, target, r, over), target, rows.unitWord, s, ctx, `${c.measure!.label} per unit of ${per.label}`);
}

/** Each period the claim's period ranks among, with its figure; 'beyond' when the period is after the data. */
function periodRows(s: Series, p: Period, over: RankOver, limit: string, r: Rank, ctx: JudgeContext): { pool: Row[]; target: Row; unitWord: string } | 'beyond' | string {
  if (over === 'year') {
    const pool = yearRows(s, limit);
    const target = pool.find(([k]) => k === p.from.slice(0, 4));
    if (!target && p.from > limit) return 'beyond';
    if (!target) return `${p.from.slice(0, 4)} is not a complete year in the figures published by ${ctx.date} (${describeRange(s.coverage!.from, s.coverage!.to)}).`;
    return { pool, target, unitWord: 'year' };
  }
  if (over === 'window') {
    // A window still running ("so far this year") is ranked to the last day known; one that had ended, only if the data reach its end.
    if (p.from > limit || (p.to > limit && !p.open)) return 'beyond';
    const to = p.to > limit ? limit : p.to;
    const pool: Row[] = [];
    for (let k = 0; ; k++) {
      const w = sumWindow(s, addMonths(p.from, -12 * k), addMonths(to, -12 * k));
      if (!w.complete) break;
      pool.push([`${yearOf(p.from) - k}`, w.value]);
    }
    if (!pool[0]) return `Cannot check: ${describeRange(p.from, to)} is not in the data held.`;
    return { pool, target: pool[0], unitWord: `${describeRange(p.from, to).replace(/ \d{4}/g, '')} period` };
  }
  if (over === 'month' || over === 'month_of_year') {
    const months = [...totalsBy(s, (x) => x.start.slice(0, 7)).entries()].filter(([k]) => `${k}-28` <= limit && `${k}-01` >= s.coverage!.from);
    const tm = p.from.slice(0, 7);
    const target = months.find(([k]) => k === tm);
    if (!target) return `${tm} is not a complete month in the figures published by ${ctx.date}.`;
    if (over === 'month_of_year') return { pool: months.filter(([k]) => k.slice(5) === tm.slice(5)), target, unitWord: monthName(Number(tm.slice(5))) };
    // "the month with the highest number" in a year: among that year's months.
    if (r.scope.kind === 'record' && !r.stated) return { pool: months.filter(([k]) => k.slice(0, 4) === tm.slice(0, 4)), target, unitWord: `month of ${tm.slice(0, 4)}` };
    return { pool: months, target, unitWord: 'month' };
  }
  const last = lastKnownDay(s, ctx.date)!;
  const days = s.points.filter((x) => x.end <= last).map((x) => [x.start, x.value] as Row);
  const target = days.find(([k]) => k === p.from);
  if (!target) return `${p.from} is not in the figures published by ${ctx.date}.`;
  return { pool: days, target, unitWord: 'day' };
}

/**
 * A record claimed for a period the data do not reach, with its figure ("record numbers
 * in the last six months … 16,400"): if earlier periods of the same length were higher
 * than the figure claimed, it is no record even granting the figure.
 */
function evenGranting(c: RankClaim, s: Series, last: string, ctx: JudgeContext): ClaimResult {
  const p = c.period!;
  const q = c.quantity;
  if (!q || c.rank.direction !== 'max' || c.rank.negated || c.rank.k !== 1) return unverifiable(c, `The figures published by ${ctx.date} end on ${last}, before ${describeRange(p.from, p.to)}.`);
  const months = Math.max(1, Math.round(daysBetween(p.from, p.to) / 30.44));
  const windows: { from: string; to: string; value: number }[] = [];
  for (const pt of s.points) {
    if (s.metric.grain === 'quarter' && !/-(01|04|07|10)-01$/.test(pt.start)) continue;
    const to = addDays(addMonths(pt.start, months), -1);
    if (to > last || windows.some((w) => w.from === pt.start)) continue;
    const w = sumWindow(s, pt.start, to);
    if (w.complete) windows.push({ from: pt.start, to, value: w.value });
  }
  const higher = windows.filter((w) => w.value > q.value);
  if (!higher.length) return unverifiable(c, `The figures published by ${ctx.date} end on ${last}, before ${describeRange(p.from, p.to)}; no earlier ${months}-month period was above ${fmt(q.value)}.`);
  const max = higher.reduce((a, b) => (b.value > a.value ? b : a));
  return result(c, 'inaccurate', `The period (${describeRange(p.from, p.to)}) is after the figures published by ${ctx.date} (to ${last}), but even granting ${fmt(q.value)} it is no record: ${higher.length} of ${windows.length} earlier ${months}-month periods were higher, the highest ${fmt(max.value)} (${describeRange(max.from, max.to)}).`, [evidenceOf(s, max.value, max.from, max.to, 'highest earlier period')]);
}

function yearRows(s: Series, last: string): Row[] {
  return [...totalsBy(s, (x) => x.start.slice(0, 4)).entries()].filter(([y]) => `${y}-12-31` <= last && `${y}-01-01` >= s.coverage!.from.slice(0, 4) + '-01-01').sort((a, b) => a[0].localeCompare(b[0]));
}

/** The periods the claim ranks against: the whole record, those since a year, the last N years, or (for "previous record", "than any August previously") the earlier ones. */
function scoped(pool: Row[], target: Row, r: Rank, over: string): Row[] {
  const key = (k: string) => Number(k.slice(0, 4));
  const ty = key(target[0]);
  let out = pool;
  if (r.earlierOnly) out = out.filter(([k]) => k <= target[0]);
  if (r.scope.kind === 'since') out = out.filter(([k]) => key(k) > (r.scope as { year: number }).year || k === target[0]);
  if (r.scope.kind === 'years') out = out.filter(([k]) => key(k) > ty - (r.scope as { n: number }).n || k === target[0]);
  if (r.scope.kind === 'within') {
    const w = r.scope;
    out = out.filter(([k]) => (k >= w.from.slice(0, k.length) && k <= w.to.slice(0, k.length)) || k === target[0]);
  }
  void over;
  return out;
}

function verdictOf(c: RankClaim, pool: Row[], target: Row, unitWord: string, s: Series, ctx: JudgeContext, mean?: string): ClaimResult {
  const r = c.rank;
  const max = r.direction === 'max';
  const beyond = pool.filter(([k, v]) => k !== target[0] && (max ? v > target[1] : v < target[1]));
  const actual = beyond.length + 1;
  const holds = r.negated ? actual !== r.k : actual === r.k;
  const word = `${r.k > 1 ? `${ordinal(r.k)} ` : ''}${max ? 'highest' : 'lowest'}`;
  const sorted = [...pool].sort((a, b) => (max ? b[1] - a[1] : a[1] - b[1]));
  const top = sorted.slice(0, Math.max(3, r.k + 1)).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
  const scope = r.scope.kind === 'since' ? `since ${r.scope.year}` : r.scope.kind === 'years' ? `in the ${r.scope.n} years to ${target[0].slice(0, 4)}` : r.scope.kind === 'within' ? `within ${describeRange(r.scope.from, r.scope.to)}` : r.earlierOnly ? 'up to then' : `on record (the series starts ${s.coverage!.from})`;
  let verdict: ClaimResult['verdict'] = holds ? 'accurate' : 'inaccurate';
  let extra = '';
  // "On 22 August, a record 1,295 arrived", told afterwards: a record when it happened, though overtaken since.
  if (!holds && !r.negated && r.ofEvent && r.scope.kind === 'record' && !r.earlierOnly) {
    const then = pool.filter(([k]) => k <= target[0]);
    const thenRank = then.filter(([k, v]) => k !== target[0] && (max ? v > target[1] : v < target[1])).length + 1;
    if (thenRank === r.k) {
      verdict = 'accurate';
      extra = ` Up to then it was the ${word} (of ${then.length} ${unitWord}s); it has been overtaken since.`;
    }
  }
  // "the lowest since 2021": 2021 itself should be beyond it; if not, it is the lowest for longer than claimed.
  if (holds && !r.negated && r.scope.kind === 'since' && !mean) {
    const y = pool.length ? undefined : undefined;
    void y;
    const all = s.points.length ? [...totalsBy(s, (x) => x.start.slice(0, 4)).entries()] : [];
    const sinceRow = all.find(([k]) => k === String((r.scope as { year: number }).year));
    if (sinceRow && unitWord === 'year' && !(max ? sinceRow[1] >= target[1] : sinceRow[1] <= target[1])) {
      verdict = 'roughly_accurate';
      extra = ` ${sinceRow[0]} itself (${fmt(sinceRow[1])}) was ${max ? 'lower' : 'higher'} too, so it is the ${max ? 'highest' : 'lowest'} for longer than the claim says.`;
    } else if (sinceRow && unitWord === 'year') extra = ` ${sinceRow[0]}: ${fmt(sinceRow[1])}.`;
  }
  const after = r.after?.length ? '' : '';
  const reason = `${mean ? `Averages (${mean}). ` : ''}${target[0]}: ${fmt(target[1])}. Ranked ${scope} among ${pool.length} ${unitWord}s: ${ordinal(actual)} ${max ? 'highest' : 'lowest'}${r.negated ? `; the claim says it is not the ${word}` : `; the claim says the ${word}`}. Top: ${top}.${extra}${after}`;
  const from = target[0].length === 4 ? `${target[0]}-01-01` : target[0].length === 7 ? `${target[0]}-01` : c.period!.from;
  void from;
  return result(c, verdict, reason, [evidenceOf(s, target[1], c.period!.from, c.period!.to > ctx.date ? c.period!.from : c.period!.to, mean ? 'an average per unit: the figure divided by the count of units in the same period' : undefined)]);
}

async function overDimension(c: RankClaim, ctx: JudgeContext, dim: string): Promise<ClaimResult> {
  const r = c.rank;
  const m = c.measure!;
  const targetValues = r.items?.length ? r.items : m.filters[dim];
  if (!targetValues || (targetValues.length !== 1 && !r.items?.length)) return unverifiable(c, `The claim ranks one ${dim} among the others, but which ${dim} it means is not read.`);
  const { [dim]: _omit, ...rest } = m.filters;
  void _omit;
  const all = await ctx.data.series(m.metric, rest);
  // "during the first six months of 2014" of a yearly series: no breakdown holds it.
  const whole = sumWindow(all, c.period!.from, c.period!.to);
  if (!whole.complete && whole.why?.includes('does not fall on whole')) return unverifiable(c, `Cannot check: ${whole.why}.`);
  const values = (await valuesOf(ctx, m.metric, dim, rest, c.period!.from, c.period!.to)).filter(([v]) => !CATCH_ALL.test(v) && (r.members !== 'EU27' || EU27.has(v)));
  const last = lastKnownDay(all, ctx.date);
  const closed = c.period!.to < ctx.date && all.coverage !== null && c.period!.to <= all.coverage.to && !c.period!.open;
  if (!last || (c.period!.to > last && !closed)) return unverifiable(c, `The figures published by ${ctx.date} do not cover ${describeRange(c.period!.from, c.period!.to)}.`);
  const max = r.direction === 'max';
  const sorted = [...values].sort((a, b) => (max ? b[1] - a[1] : a[1] - b[1]));
  if (r.items && r.items.length > 1) {
    // Each value in turn: the k-th, the (k+1)-th, …
    const checks = r.items.map((v, i) => ({ v, want: r.k + i, got: sorted.findIndex(([x]) => x === v) + 1 }));
    const ok = checks.every((x) => x.got === x.want);
    const top = sorted.slice(0, r.k + r.items.length + 1).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
    return result(c, ok ? 'accurate' : 'inaccurate', `${describeRange(c.period!.from, c.period!.to)}, by ${dim}: ${checks.map((x) => `${x.v} ${x.got ? ordinal(x.got) : 'not ranked'} (the claim says ${ordinal(x.want)})`).join('; ')}. Top: ${top}.`, []);
  }
  const target = values.find(([v]) => v === targetValues[0]);
  if (!target) return unverifiable(c, `${targetValues[0]} has no figures for ${describeRange(c.period!.from, c.period!.to)}.`);
  const actual = sorted.findIndex(([v]) => v === target[0]) + 1;
  let holds = r.negated ? actual !== r.k : actual === r.k;
  const afterOk = (r.after ?? []).every((v) => {
    const i = sorted.findIndex(([x]) => x === v);
    return i >= 0 && i < actual - 1;
  });
  if (r.after?.length && !afterOk) holds = false;
  const top = sorted.slice(0, Math.max(3, r.k + 1)).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
  return result(c, holds ? 'accurate' : 'inaccurate', `${describeRange(c.period!.from, c.period!.to)}, by ${dim}: ${target[0]} ${fmt(target[1])}, the ${ordinal(actual)} ${max ? 'highest' : 'lowest'} of ${values.length}${r.members === 'EU27' ? ' member states' : ''} (the claim says ${ordinal(r.k)}${r.after?.length ? `, after ${r.after.join(', ')}` : ''}). Top: ${top}.`, []);
}

async function valuesOf(ctx: JudgeContext, metric: string, dim: string, rest: Record<string, string[]>, from: string, to: string): Promise<Row[]> {
  return ctx.data.breakdown(metric, rest, dim, from, to);
}

export const ordinal = (n: number): string => {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
};
