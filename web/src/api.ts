/** The dashboard's only way to data: the crossings HTTP API. */
export interface SeriesRow { period: string; value: number }
export interface Series {
  metric: string;
  unit: string;
  by: string;
  filters: Record<string, string>;
  rows: SeriesRow[];
  sources: { publisher: string; file: string; sha256: string; url: string | null; licence: string; first_period: string; last_period: string }[];
}
export interface ApiError { ok: false; error: string; code: string; status: number }

export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.error);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  const body = (await r.json()) as T | ApiError;
  if (!r.ok) throw new ApiFailure(body as ApiError);
  return body as T;
}

export function seriesUrl(metric: string, q: Record<string, string | undefined>, format?: 'csv'): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) p.set(k, v);
  if (format) p.set('format', format);
  return `/api/series/${encodeURIComponent(metric)}?${p.toString()}`;
}

export const api = {
  series: (metric: string, q: Record<string, string | undefined>) => call<Series>(seriesUrl(metric, q)),
  metrics: () => call<{ metrics: { id: string; title: string; definition: string; unit: string; source: string; grain: string; caveats: string[]; dimensions: { name: string; description: string }[]; coverage: { from: string; to: string } | null }[] }>('/api/metrics'),
  sources: () => call<{ releases: Record<string, unknown>[] }>('/api/sources'),
  incidents: (q: Record<string, string>) => call<{ features: { geometry: { coordinates: [number, number] }; properties: { id: string; date: string | null; total: number; route: string | null; cause: string | null; location: string | null } }[] }>(`/api/incidents?${new URLSearchParams(q).toString()}`),
  check: (text: string, date: string, speaker?: string) =>
    call<{ claims: Claim[]; skipped?: { span: [number, number]; reason: string }[] }>('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date, ...(speaker ? { speaker } : {}) }) }),
};

export interface Claim {
  text: string;
  span: [number, number];
  type: string;
  metric: string | null;
  filters: Record<string, string | string[]>;
  period: { from: string; to: string } | null;
  claimed: { value: number | null; hedge: string | null; text?: string };
  verdict: 'accurate' | 'roughly_accurate' | 'misleading' | 'inaccurate' | 'unverifiable';
  reason: string;
  evidence: { value: number; period: string; query: string; source: string; release: string; url: string; note?: string }[];
}

export interface MeasureItem {
  id: string;
  title: string;
  kind: string;
  countries: string[];
  date: string | null;
  promise: string;
  note: string | null;
  dates: { announced: string | null; in_force: string | null; ended: string | null };
  figures: { what: string; value: number; unit: string }[];
  citations: { publisher: string; url: string; date: string; says: string }[];
}
export interface MeasureReport {
  measure: MeasureItem;
  date: string | null;
  months: number;
  results: { metric: string; title: string; unit: string; where: Record<string, string>; before: { from: string; to: string; value: number } | null; after: { from: string; to: string; value: number } | null; change: number | null; change_pct: number | null; note: string }[];
  concurrent: { id: string; title: string; date: string }[];
  stated_figures: { what: string; value: number; unit: string; outcome: string }[];
  warning: string;
}
export const measuresApi = {
  list: () => call<{ measures: MeasureItem[] }>('/api/measures'),
  report: (id: string, months = 12) => call<MeasureReport>(`/api/measures/${encodeURIComponent(id)}?months=${months}`),
};

export const fmt = (v: number): string => v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
