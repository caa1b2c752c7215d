/**
 * A chart with everything a reader needs: the figure (Observable Plot), a table view,
 * CSV, SVG and PNG downloads, a permalink that restores its settings, an embeddable
 * URL, its sources. Keyboard-reachable controls, labelled SVG, colour-blind-safe colours.
 */
import * as Plot from '@observablehq/plot';
import { api, fmt, seriesUrl, type Series } from './api';

/** Okabe–Ito, colour-blind safe, extended with two more distinguishable tones. */
export const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#d55e00', '#56b4e9', '#cc79a7', '#f0e442', '#000000', '#999999', '#882255'];

export interface ChartSpec {
  id: string;
  title: string;
  metric: string;
  by: string;
  from?: string | undefined;
  to?: string | undefined;
  where?: Record<string, string>;
  mark?: 'bar' | 'line';
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

function download(name: string, blob: Blob) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function query(spec: ChartSpec): Record<string, string | undefined> {
  return { by: spec.by, from: spec.from, to: spec.to, ...(spec.where ?? {}) };
}

/** Settings for chart `id` from the page URL (c.<id>.by=month …), so a permalink restores them. */
export function fromUrl(spec: ChartSpec): ChartSpec {
  const p = new URLSearchParams(location.search);
  const get = (k: string) => p.get(`${spec.id}.${k}`) ?? undefined;
  return { ...spec, by: get('by') ?? spec.by, from: get('from') ?? spec.from, to: get('to') ?? spec.to };
}

function permalink(spec: ChartSpec): string {
  const p = new URLSearchParams(location.search);
  for (const k of ['by', 'from', 'to'] as const) {
    const v = spec[k];
    if (v) p.set(`${spec.id}.${k}`, v);
    else p.delete(`${spec.id}.${k}`);
  }
  return `${location.origin}${location.pathname}?${p.toString()}#${spec.id}`;
}

function embedUrl(spec: ChartSpec): string {
  const p = new URLSearchParams({ metric: spec.metric, by: spec.by, title: spec.title });
  if (spec.from) p.set('from', spec.from);
  if (spec.to) p.set('to', spec.to);
  for (const [k, v] of Object.entries(spec.where ?? {})) p.set(`where.${k}`, v);
  return `${location.origin}/embed?${p.toString()}`;
}

/** Period label → the date its period starts (2024, 2024-Q2, 2024-05, 2024-05-06). */
export function periodStart(p: string): Date {
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return new Date(Date.UTC(Number(q[1]), (Number(q[2]) - 1) * 3, 1));
  if (p.length === 4) return new Date(`${p}-01-01T00:00:00Z`);
  if (p.length === 7) return new Date(`${p}-01T00:00:00Z`);
  return new Date(`${p}T00:00:00Z`);
}

function svgToPng(svg: SVGSVGElement, name: string) {
  const { width, height } = svg.getBoundingClientRect();
  const img = new Image();
  img.onload = () => {
    const c = document.createElement('canvas');
    c.width = width * 2;
    c.height = height * 2;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(img, 0, 0, c.width, c.height);
    c.toBlob((b) => b && download(name, b), 'image/png');
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
}

function csvText(columns: string[], rows: Record<string, unknown>[]): string {
  const cell = (v: unknown) => {
    const t = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

/**
 * The same views and downloads for a figure a page draws itself (cumulative lines, the map):
 * a table of its data, CSV, SVG, PNG and a permalink to it.
 */
export function figureTools(fig: HTMLElement, name: string, columns: string[], rows: Record<string, unknown>[]): void {
  const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': `${name}: views and downloads` });
  const tableBox = el('div', { hidden: '' });
  const t = el('table', { class: 'data' });
  const head = el('tr');
  for (const c of columns) head.append(el('th', { scope: 'col' }, c));
  t.append(head);
  for (const r of rows.slice(0, 2000)) {
    const tr = el('tr');
    for (const c of columns) tr.append(el('td', typeof r[c] === 'number' ? { class: 'num' } : {}, typeof r[c] === 'number' ? fmt(r[c] as number) : String(r[c] ?? '')));
    t.append(tr);
  }
  tableBox.append(t);
  const add = (label: string, fn: () => void) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', fn);
    toolbar.append(b);
    return b;
  };
  const tableBtn = add('Table', () => {
    tableBox.hidden = !tableBox.hidden;
    tableBtn.setAttribute('aria-pressed', String(!tableBox.hidden));
  });
  tableBtn.setAttribute('aria-pressed', 'false');
  add('CSV', () => download(`${name}.csv`, new Blob([csvText(columns, rows)], { type: 'text/csv' })));
  add('SVG', () => {
    const svg = fig.querySelector('svg');
    if (svg) download(`${name}.svg`, new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  });
  add('PNG', () => {
    const svg = fig.querySelector('svg');
    if (svg) svgToPng(svg as SVGSVGElement, `${name}.png`);
  });
  toolbar.append(el('a', { href: `${location.origin}${location.pathname}${location.search}#${fig.id}` }, 'Permalink'));
  fig.append(tableBox, toolbar);
}

export function plot(series: Series, spec: ChartSpec, width: number): SVGSVGElement | HTMLElement {
  const data = series.rows.map((r) => ({ ...r, date: periodStart(r.period) }));
  const mark = spec.mark ?? (data.length > 60 ? 'line' : 'bar');
  const interval = series.by === 'quarter' ? 'quarter' : (series.by as 'year' | 'month' | 'week' | 'day');
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 60,
    y: { grid: true, label: `${series.unit}`, tickFormat: (d: number) => fmt(d) },
    x: { label: null, type: 'utc' },
    marks: [
      mark === 'bar'
        ? Plot.rectY(data, { x: 'date', interval, y: 'value', fill: PALETTE[0], inset: data.length > 100 ? 0 : 0.5, tip: { format: { x: false, y: true, period: true } }, channels: { period: 'period' } })
        : Plot.lineY(data, { x: 'date', y: 'value', stroke: PALETTE[0], tip: { format: { x: false, period: true } }, channels: { period: 'period' } }),
      Plot.ruleY([0]),
    ],
    ariaLabel: `${spec.title}: ${series.rows.length} values by ${series.by}`,
    ariaDescription: series.rows.length ? `From ${series.rows[0]!.period} (${fmt(series.rows[0]!.value)}) to ${series.rows.at(-1)!.period} (${fmt(series.rows.at(-1)!.value)}).` : 'No data.',
  });
}

export async function chart(container: HTMLElement, initial: ChartSpec, opts: { controls?: boolean } = {}): Promise<void> {
  let spec = fromUrl(initial);
  const fig = el('figure', { class: 'chart', id: spec.id, 'data-chart': spec.metric });
  const cap = el('figcaption', {}, spec.title);
  const controls = el('div', { class: 'controls' });
  const body = el('div', { class: 'chart-body', role: 'img' });
  const tableBox = el('div', { hidden: '' });
  const toolbar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': `${spec.title}: views and downloads` });
  const prov = el('p', { class: 'provenance' });
  fig.append(cap, controls, body, tableBox, toolbar, prov);
  container.append(fig);

  if (opts.controls !== false) {
    const by = el('select', { 'aria-label': 'Period' });
    for (const g of ['day', 'week', 'month', 'quarter', 'year']) {
      const o = el('option', { value: g }, `by ${g}`);
      if (g === spec.by) o.selected = true;
      by.append(o);
    }
    const from = el('input', { type: 'text', 'aria-label': 'From (YYYY, YYYY-MM or YYYY-MM-DD)', placeholder: 'from', size: '10', value: spec.from ?? '' });
    const to = el('input', { type: 'text', 'aria-label': 'To (YYYY, YYYY-MM or YYYY-MM-DD)', placeholder: 'to', size: '10', value: spec.to ?? '' });
    const apply = () => {
      spec = { ...spec, by: by.value, from: from.value || undefined, to: to.value || undefined };
      history.replaceState(null, '', permalink(spec));
      void render();
    };
    by.addEventListener('change', apply);
    from.addEventListener('change', apply);
    to.addEventListener('change', apply);
    controls.append(by, from, to);
  }

  let current: Series | null = null;
  const button = (label: string, fn: () => void) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', fn);
    toolbar.append(b);
    return b;
  };
  const tableBtn = button('Table', () => {
    const show = tableBox.hidden;
    tableBox.hidden = !show;
    tableBtn.setAttribute('aria-pressed', String(show));
  });
  tableBtn.setAttribute('aria-pressed', 'false');
  const csv = el('a', { href: '#', download: `${spec.metric}.csv` }, 'CSV');
  toolbar.append(csv);
  button('SVG', () => {
    const svg = body.querySelector('svg');
    if (svg) download(`${spec.metric}-${spec.by}.svg`, new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  });
  button('PNG', () => {
    const svg = body.querySelector('svg');
    if (svg) svgToPng(svg as SVGSVGElement, `${spec.metric}-${spec.by}.png`);
  });
  const link = el('a', { href: '#' }, 'Permalink');
  const embed = el('a', { href: '#' }, 'Embed');
  toolbar.append(link, embed);

  async function render() {
    fig.dataset.rendered = 'false';
    body.replaceChildren(el('p', {}, 'Loading…'));
    try {
      current = await api.series(spec.metric, query(spec));
    } catch (e) {
      body.replaceChildren(el('p', { class: 'error' }, `Cannot load ${spec.metric}: ${(e as Error).message}`));
      return;
    }
    const width = Math.min(1000, container.clientWidth || 900);
    body.replaceChildren(plot(current, spec, width));
    body.setAttribute('aria-label', `${spec.title}`);
    const t = el('table', { class: 'data' });
    t.append(el('caption', {}, spec.title));
    const head = el('tr');
    head.append(el('th', { scope: 'col' }, 'period'), el('th', { scope: 'col' }, current.unit));
    t.append(head);
    for (const r of current.rows) {
      const tr = el('tr');
      tr.append(el('td', {}, r.period), el('td', { class: 'num' }, fmt(r.value)));
      t.append(tr);
    }
    tableBox.replaceChildren(t);
    csv.setAttribute('href', seriesUrl(spec.metric, query(spec), 'csv'));
    link.setAttribute('href', permalink(spec));
    embed.setAttribute('href', embedUrl(spec));
    prov.textContent = current.sources.length
      ? `Source: ${current.sources.map((s) => `${s.publisher}, ${s.file} (sha256 ${s.sha256.slice(0, 10)}…; ${s.first_period}–${s.last_period}; ${s.licence.split(';')[0]})`).join(' · ')}`
      : 'No data for these settings.';
    fig.dataset.rendered = 'true';
    if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
  }
  await render();
}
