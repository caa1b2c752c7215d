/**
 * Tolerances: whether a figure in the data bears out a claimed number, read with its
 * hedge and at its own precision. Returns a verdict and the words that say why.
 */
import type { Hedge, Verdict } from '../types.js';

export const fmt = (v: number): string => (Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toLocaleString('en-GB', { maximumFractionDigits: 1 }));

export interface Judgement {
  verdict: Verdict;
  why: string;
}

/** A count: "nearly 9,000", "more than 50,000", "at least 78", "2,452", "about 25,000". */
export function judgeCount(claimed: number, actual: number, hedge: Hedge | null, precision: number, opts: { revisedUpwards?: boolean } = {}): Judgement {
  const rel = claimed === 0 ? (actual === 0 ? 0 : Infinity) : (actual - claimed) / claimed;
  const pct = (x: number) => `${Math.abs(x * 100).toFixed(1)}%`;
  const roughly = Math.abs(rel) <= 0.1;
  switch (hedge) {
    case 'more_than':
      if (actual > claimed) return { verdict: 'accurate', why: `${fmt(actual)} is more than ${fmt(claimed)}` };
      // A lower bound is a precise statement: only a hair short (1%) is "roughly".
      return { verdict: actual >= claimed * 0.99 ? 'roughly_accurate' : 'inaccurate', why: `${fmt(actual)} is not more than ${fmt(claimed)} (${pct(rel)} short)` };
    case 'just_over':
      if (actual > claimed && rel <= 0.1) return { verdict: 'accurate', why: `${fmt(actual)} is just over ${fmt(claimed)}` };
      if (actual > claimed) return { verdict: 'roughly_accurate', why: `${fmt(actual)} is well over ${fmt(claimed)} (+${pct(rel)}), more than "just over"` };
      return { verdict: roughly ? 'roughly_accurate' : 'inaccurate', why: `${fmt(actual)} is not over ${fmt(claimed)}` };
    case 'at_least':
      if (actual >= claimed) return { verdict: 'accurate', why: `${fmt(actual)} is at least ${fmt(claimed)}` };
      return { verdict: actual >= claimed * 0.99 ? 'roughly_accurate' : 'inaccurate', why: `${fmt(actual)} is below ${fmt(claimed)} (${pct(rel)} short)` };
    case 'nearly': {
      // "nearly X": below X and within 10% of it; a figure a hair over X is X at the claim's rounding.
      if (actual <= claimed && actual >= claimed * 0.9) return { verdict: 'accurate', why: `${fmt(actual)} is just under ${fmt(claimed)} (within 10%)` };
      // (A hair: "nearly 1,000" is not 1,464, though 1,464 rounds to 1,000.)
      if (actual > claimed && actual - claimed <= Math.min(precision / 2, 0.02 * claimed)) return { verdict: 'accurate', why: `${fmt(actual)} is ${fmt(claimed)} at the claim's rounding (to the nearest ${fmt(precision)})` };
      if (actual > claimed && rel <= 0.05) return { verdict: 'roughly_accurate', why: `${fmt(actual)} is slightly over ${fmt(claimed)}, not under it` };
      if (actual < claimed && actual >= claimed * 0.8) return { verdict: 'roughly_accurate', why: `${fmt(actual)} is ${pct(rel)} below ${fmt(claimed)}: "nearly" stretches to 10%` };
      return { verdict: 'inaccurate', why: `${fmt(actual)} is ${pct(rel)} ${rel < 0 ? 'below' : 'above'} ${fmt(claimed)}` };
    }
    case 'fewer_than':
      if (actual < claimed) return { verdict: 'accurate', why: `${fmt(actual)} is fewer than ${fmt(claimed)}` };
      return { verdict: actual <= claimed * 1.05 ? 'roughly_accurate' : 'inaccurate', why: `${fmt(actual)} is not fewer than ${fmt(claimed)}` };
    case 'up_to':
      if (actual <= claimed) return { verdict: 'accurate', why: `${fmt(actual)} is within "up to ${fmt(claimed)}"` };
      return { verdict: 'inaccurate', why: `${fmt(actual)} exceeds ${fmt(claimed)}` };
    case 'about':
      if (Math.abs(rel) <= 0.05 || Math.abs(actual - claimed) <= precision / 2) return { verdict: 'accurate', why: `${fmt(actual)} is within 5% of "about ${fmt(claimed)}"` };
      if (roughly) return { verdict: 'roughly_accurate', why: `${fmt(actual)} is ${pct(rel)} ${rel < 0 ? 'below' : 'above'} ${fmt(claimed)}: within 10%, not 5%` };
      return { verdict: 'inaccurate', why: `${fmt(actual)} is ${pct(rel)} ${rel < 0 ? 'below' : 'above'} ${fmt(claimed)}, beyond a 10% reading of "about"` };
    default: {
      // A bare number holds at its own precision (9,000 means 8,500-9,499; 2,452 means 2,452), but a round
      // number is never read as wider than 5% of itself: 25,436 is not "30,000".
      if (Math.abs(actual - claimed) <= Math.min(precision / 2, Math.max(0.5, Math.abs(claimed) * 0.05))) return { verdict: 'accurate', why: `${fmt(actual)} rounds to ${fmt(claimed)} at the claim's precision` };
      if (opts.revisedUpwards && actual >= claimed && rel <= 0.03) {
        return { verdict: 'accurate', why: `${fmt(actual)} in the current data; ${fmt(claimed)} is within 3% below it, as expected of a count the publisher revises upwards as records are verified` };
      }
      // A figure written to the unit ("1,185", "21 boats") claims exactness: roughly only within 5%; a round one within 10%.
      // (A count its publisher revises upwards for years, as IOM's, keeps 10% above the figure claimed.)
      if (precision <= 1 && !(opts.revisedUpwards && actual > claimed) ? Math.abs(rel) <= 0.05 : roughly) return { verdict: 'roughly_accurate', why: `${fmt(actual)} is ${pct(rel)} ${rel < 0 ? 'below' : 'above'} ${fmt(claimed)}` };
      const factor = actual / claimed;
      return { verdict: 'inaccurate', why: `${fmt(actual)} is ${factor >= 2 || factor <= 0.5 ? `${fmt(factor >= 1 ? factor : 1 / factor)} times ${factor >= 1 ? 'more than' : 'less than'}` : `${pct(rel)} ${rel < 0 ? 'below' : 'above'}`} ${fmt(claimed)}` };
    }
  }
}

/** Half-width of the band a written percentage allows: "20%" → 5 points, "25%" → 2.5, "13%" → 0.5, "a third" → 3. */
export function percentTolerance(precision: number): number {
  if (precision === 3) return 3;
  if (precision >= 5) return 5;
  if (precision >= 2.5) return 2.5;
  if (precision >= 1) return 0.5;
  return precision / 2;
}

/** A change in per cent: claimed (signed) against the actual change (signed). */
export function judgeChange(claimed: number, actual: number, hedge: Hedge | null, precision: number, opts: { revisable?: boolean } = {}): Judgement {
  const tol = Math.max(percentTolerance(precision), hedge === 'about' ? 5 : 0);
  const say = (x: number) => `${x < 0 ? 'down' : 'up'} ${fmt(Math.abs(x))}%`;
  const sameDirection = Math.sign(claimed) === Math.sign(actual) || Math.abs(actual) < 0.5;
  if (!sameDirection) return { verdict: 'inaccurate', why: `the data show ${say(actual)}, the opposite direction to ${say(claimed)}` };
  const c = Math.abs(claimed);
  const a = Math.abs(actual);
  if (hedge === 'more_than' || hedge === 'at_least') {
    if (a >= c) return { verdict: 'accurate', why: `${say(actual)} is more than ${fmt(c)}%` };
    // A lower bound is a precise statement, as for counts: only a hair short (a point) is "roughly".
    return { verdict: a >= c - Math.min(tol, 1) ? 'roughly_accurate' : 'inaccurate', why: `${say(actual)} is less than ${fmt(c)}%` };
  }
  if (hedge === 'nearly') {
    if (a <= c + 0.5 && a >= c - Math.max(tol, c * 0.1)) return { verdict: 'accurate', why: `${say(actual)} is nearly ${fmt(c)}%` };
  }
  if (Math.abs(a - c) <= tol) return { verdict: 'accurate', why: `${say(actual)} is ${say(claimed)} within the claim's rounding (±${fmt(tol)} points)` };
  // Overstated: a little beyond the rounding is rough; twice the real change is not.
  if (a < c && c - a <= 1.5 * tol && a >= 0.75 * c) return { verdict: 'roughly_accurate', why: `${say(actual)} is ${fmt(c - a)} points short of ${say(claimed)}` };
  // A preliminary figure revised since: a couple of points off is not a false claim.
  if (opts.revisable && Math.abs(a - c) <= Math.max(2, 0.05 * c)) return { verdict: 'roughly_accurate', why: `${say(actual)} in the current data, ${fmt(Math.abs(a - c))} points from ${say(claimed)}: the figure may have been revised since it was published` };
  // Understated: the change is real and larger than claimed.
  if (a > c && (a - c <= 2 * tol || a <= c * 1.25)) return { verdict: 'roughly_accurate', why: `the change is real but larger than claimed: ${say(actual)}, not ${say(claimed)}` };
  return { verdict: 'inaccurate', why: `the data show ${say(actual)}, not ${say(claimed)}` };
}

/** A ratio: "doubled" (2), "more than doubling" (>2), "halved" (0.5). */
export function judgeRatio(claimed: number, actual: number, atLeast: boolean): Judgement {
  const word = claimed === 2 ? 'doubled' : claimed === 3 ? 'tripled' : claimed === 0.5 ? 'halved' : `×${claimed}`;
  if (claimed >= 1) {
    if (atLeast) {
      if (actual > claimed) return { verdict: 'accurate', why: `×${fmt(actual)} is more than ${word}` };
      return { verdict: actual >= claimed * 0.95 ? 'roughly_accurate' : 'inaccurate', why: `×${fmt(actual)} is not more than ${word}` };
    }
    if (Math.abs(actual - claimed) <= 0.1 * claimed) return { verdict: 'accurate', why: `×${fmt(actual)} is ${word}` };
    // Roughly: within 20% above, and below no further than half a unit ("four times" is not ×3.4, which is three times).
    if (actual <= claimed * 1.2 && actual >= claimed - Math.min(0.2 * claimed, 0.5)) return { verdict: 'roughly_accurate', why: `×${fmt(actual)} is roughly ${word}` };
    return { verdict: 'inaccurate', why: `×${fmt(actual)}, not ${word}` };
  }
  // "more than halved": below the ratio; just above it, roughly.
  if (atLeast) {
    if (actual < claimed) return { verdict: 'accurate', why: `×${fmt(actual)} is more than ${word}` };
    return { verdict: actual <= claimed * 1.05 ? 'roughly_accurate' : 'inaccurate', why: `×${fmt(actual)} is not more than ${word}` };
  }
  if (actual <= claimed * 1.1) return { verdict: 'accurate', why: `×${fmt(actual)} is ${word}` };
  if (actual <= claimed * 1.3) return { verdict: 'roughly_accurate', why: `×${fmt(actual)} is nearly ${word}` };
  return { verdict: 'inaccurate', why: `×${fmt(actual)}, not ${word}` };
}

/** A share in per cent, read with its hedge: "about 85%", "more than half", "nearly 20%". */
export function judgeShare(claimed: number, actual: number, hedge: Hedge | null, precision: number): Judgement {
  // A small round share is not read as wide as its last digit ("10%" is not 5% to 15%): at most a quarter of itself, or a point.
  const rounding = Math.min(percentTolerance(precision), Math.max(1, claimed * 0.25));
  const tol = Math.max(rounding, hedge === 'about' ? 3 : 0);
  const say = (x: number) => `${fmt(x)}%`;
  switch (hedge) {
    case 'more_than':
    case 'at_least':
    case 'just_over':
      return actual > claimed || (hedge === 'at_least' && actual >= claimed)
        ? { verdict: 'accurate', why: `${say(actual)} is more than ${say(claimed)}` }
        : { verdict: actual >= claimed - 1 ? 'roughly_accurate' : 'inaccurate', why: `${say(actual)} is not more than ${say(claimed)}` };
    case 'fewer_than':
    case 'up_to':
      return actual < claimed || (hedge === 'up_to' && actual <= claimed)
        ? { verdict: 'accurate', why: `${say(actual)} is less than ${say(claimed)}` }
        : { verdict: actual <= claimed + 1 ? 'roughly_accurate' : 'inaccurate', why: `${say(actual)} is not less than ${say(claimed)}` };
    case 'nearly': {
      const near = Math.max(tol, claimed * 0.1);
      if (actual <= claimed + 0.5 && actual >= claimed - near) return { verdict: 'accurate', why: `${say(actual)} is nearly ${say(claimed)}` };
      // As for counts, "nearly" stretches half as far again below ("nearly half" of 44.5%): roughly.
      if (actual <= claimed + 0.5 && actual >= claimed - 1.5 * near) return { verdict: 'roughly_accurate', why: `${say(actual)} is ${fmt(claimed - actual)} points short of ${say(claimed)}: "nearly" is a little generous` };
      break;
    }
    default:
  }
  if (Math.abs(actual - claimed) <= tol) return { verdict: 'accurate', why: `${say(actual)} is ${say(claimed)} at the claim's rounding (±${fmt(tol)} points)` };
  // Roughly: half as far again beyond the claim's rounding, or a point and a half ("about 60%" is not 52%; "23%" is roughly 25%).
  if (Math.abs(actual - claimed) <= Math.max(1.5 * tol, tol + 1.5)) return { verdict: 'roughly_accurate', why: `${say(actual)}, ${fmt(Math.abs(actual - claimed))} points from ${say(claimed)}` };
  return { verdict: 'inaccurate', why: `${say(actual)}, not ${say(claimed)}` };
}
