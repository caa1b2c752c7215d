/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC. */
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const iso = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(date: string, n: number): string {
  const d = toDate(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** Add months, clamping the day to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const d = toDate(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return iso(target);
}

export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;
export function monthEnd(date: string): string {
  const d = toDate(date);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}
export const yearOf = (date: string): number => Number(date.slice(0, 4));
export const daysBetween = (a: string, b: string): number => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
export function quarterStart(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const monthName = (m: number): string => {
  const n = MONTH_NAMES[m - 1] ?? '';
  return n.charAt(0).toUpperCase() + n.slice(1);
};
/** "2023-01-01".."2023-05-31" → "1 January 2023 to 31 May 2023". */
export function describeRange(from: string, to: string): string {
  const f = (x: string) => `${Number(x.slice(8, 10))} ${monthName(Number(x.slice(5, 7)))} ${x.slice(0, 4)}`;
  if (from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  if (from.slice(8) === '01' && to === monthEnd(to) && from.slice(0, 7) === to.slice(0, 7)) return `${monthName(Number(from.slice(5, 7)))} ${from.slice(0, 4)}`;
  if (from === to) return f(from);
  return `${f(from)} to ${f(to)}`;
}
