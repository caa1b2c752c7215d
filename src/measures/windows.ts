/**
 * Before-and-after windows of equal length around a measure's date. The "before"
 * window covers the same months of the previous year, so seasonal patterns (summer
 * crossings, winter lulls) do not masquerade as an effect. Windows are whole periods
 * of the metric's grain and are cut, equally, at the last day with data.
 */
import type { Grain } from '../metrics/types.js';
import { addDays, addMonths, minDate, monthStart, quarterStart } from '../util/dates.js';

export interface Window {
  from: string;
  to: string;
}

/** The first day of the first whole period (of the grain) starting on or after `date`. */
export function alignStart(date: string, grain: Grain): string {
  switch (grain) {
    case 'day':
      return date;
    case 'week': {
      const d = new Date(`${date}T00:00:00Z`);
      const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
      return dow === 0 ? date : addDays(date, 7 - dow);
    }
    case 'month':
      return date.slice(8) === '01' ? date : addMonths(monthStart(date), 1);
    case 'quarter':
      return quarterStart(date) === date ? date : addMonths(quarterStart(date), 3);
    case 'year':
      return date.slice(5) === '01-01' ? date : `${Number(date.slice(0, 4)) + 1}-01-01`;
  }
}

/**
 * After: `months` months from the (aligned) date; before: the same dates a year earlier.
 * Both are cut to the same length when the data end inside the after window.
 */
export function beforeAfter(date: string, grain: Grain, months: number, lastDay: string | null): { before: Window; after: Window; cut: boolean } | null {
  const start = alignStart(date, grain);
  let afterTo = addDays(addMonths(start, months), -1);
  let cut = false;
  if (lastDay && lastDay < afterTo) {
    if (lastDay < start) return null;
    afterTo = lastDay;
    cut = true;
  }
  const after = { from: start, to: afterTo };
  const before = { from: addMonths(start, -12), to: minDate(addMonths(afterTo, -12), addDays(start, -1)) };
  return { before, after, cut };
}
