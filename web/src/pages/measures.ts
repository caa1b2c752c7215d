import * as Plot from '@observablehq/plot';
import { api, fmt, measuresApi, type MeasureItem } from '../api';
import { figureTools, PALETTE, periodStart } from '../chart';
import { h } from './common';

const SERIES: Record<string, { label: string; metric: string; q: Record<string, string>; places: string[] }> = {
  channel: { label: 'People crossing the Channel in small boats, by month', metric: 'uk.small_boats.arrivals', q: { by: 'month' }, places: ['GB', 'FR'] },
  med: { label: 'Migrants dead or missing in the Mediterranean, by month (IOM)', metric: 'deaths.dead_and_missing', q: { by: 'month', region: 'Mediterranean', from: '2016' }, places: ['IT', 'AL', 'TN', 'EU'] },
  returns: { label: 'Enforced returns from the UK, by quarter', metric: 'uk.returns', q: { by: 'quarter', return_type_group: 'Enforced return', from: '2016' }, places: ['GB', 'AL'] },
};

export async function measuresPage(main: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  main.append(
    h('h1', {}, 'Measures and their numbers'),
    h('p', {}, 'Border measures, governments and ministers, each with its promise and its sources, over the series that measure them. A change before and after a measure is not proof that it caused it.'),
  );
  const { measures } = await measuresApi.list();
  const pick = h('select', { 'aria-label': 'Series', id: 'measures-series' });
  for (const [k, v] of Object.entries(SERIES)) {
    const o = h('option', { value: k }, v.label);
    if (k === (params.get('series') ?? 'channel')) o.selected = true;
    pick.append(o);
  }
  const fig = h('figure', { class: 'chart', id: 'timeline', 'data-chart': 'timeline' });
  const markers = h('div', { class: 'toolbar', role: 'list', 'aria-label': 'Measures on the timeline', id: 'measure-markers' });
  const card = h('section', { id: 'measure-card', 'aria-live': 'polite' });
  main.append(h('div', { class: 'controls' }, pick), fig, markers, card);

  const draw = async () => {
    const key = pick.value;
    const spec = SERIES[key]!;
    fig.replaceChildren(h('figcaption', {}, spec.label));
    fig.dataset.rendered = 'false';
    const s = await api.series(spec.metric, spec.q);
    const first = s.rows[0]?.period ?? '2016';
    const shown = measures.filter((m) => m.date && m.date >= periodStart(first).toISOString().slice(0, 10) && m.countries.some((c) => spec.places.includes(c))).sort((a, b) => a.date!.localeCompare(b.date!));
    const data = s.rows.map((r) => ({ ...r, date: periodStart(r.period) }));
    const plot = Plot.plot({
      width: Math.min(1000, main.clientWidth || 900),
      height: 320,
      marginLeft: 60,
      y: { grid: true, label: s.unit, tickFormat: (d: number) => fmt(d) },
      x: { type: 'utc', label: null },
      marks: [
        Plot.lineY(data, { x: 'date', y: 'value', stroke: PALETTE[0], tip: true }),
        Plot.ruleX(shown, { x: (m: MeasureItem) => new Date(`${m.date}T00:00:00Z`), stroke: (m: MeasureItem) => (m.kind === 'government' ? '#999999' : PALETTE[3]), strokeDasharray: '3,3', title: (m: MeasureItem) => `${m.date}: ${m.title}` }),
        Plot.ruleY([0]),
      ],
      ariaLabel: `${spec.label}, with ${shown.length} measures marked`,
    });
    fig.append(plot);
    figureTools(fig, `${spec.metric}-with-measures`, ['period', 'value'], s.rows as unknown as Record<string, unknown>[]);
    fig.append(h('p', { class: 'provenance' }, `Dashed lines: measures (orange) and changes of government or minister (grey). Source: ${s.sources.map((x) => `${x.publisher}, ${x.file}`).join('; ')}`));
    markers.replaceChildren();
    for (const m of shown) {
      const b = h('button', { type: 'button', role: 'listitem', 'data-measure': m.id }, `${m.date} · ${m.title}`);
      b.addEventListener('click', () => void open(m.id));
      markers.append(b);
    }
    fig.dataset.rendered = 'true';
  };

  const open = async (id: string) => {
    card.replaceChildren(h('p', {}, 'Loading…'));
    const r = await measuresApi.report(id);
    const m = r.measure;
    const p = new URLSearchParams(location.search);
    p.set('measure', id);
    p.set('series', pick.value);
    history.replaceState(null, '', `${location.pathname}?${p.toString()}`);
    const box = h('article', { class: 'card measure', id: `measure-${m.id}`, 'data-measure': m.id });
    box.append(h('h2', {}, m.title), h('p', {}, `${m.kind} · announced ${m.dates.announced ?? '—'} · in force ${m.dates.in_force ?? '—'}${m.dates.ended ? ` · ended ${m.dates.ended}` : ''}`), h('p', {}, h('strong', {}, 'Promise: '), m.promise));
    if (r.stated_figures.length) {
      const ul = h('ul', {});
      for (const f of r.stated_figures) ul.append(h('li', {}, `${fmt(f.value)} ${f.unit} — ${f.what}: ${f.outcome}`));
      box.append(h('p', {}, 'Figures it stated:'), ul);
    }
    if (m.note) box.append(h('p', { class: 'provenance' }, m.note));
    const rows = r.results.filter((x) => x.before && x.after);
    if (rows.length) {
      const t = h('table', { class: 'data' });
      t.append(h('tr', {}, ...['measure of', 'before', 'after', 'change'].map((c) => h('th', { scope: 'col' }, c))));
      for (const x of rows) {
        t.append(h('tr', {}, h('td', {}, `${x.title}${Object.keys(x.where).length ? ` (${Object.values(x.where).join(', ')})` : ''}`), h('td', { class: 'num' }, `${fmt(x.before!.value)} (${x.before!.from} – ${x.before!.to})`), h('td', { class: 'num' }, `${fmt(x.after!.value)} (${x.after!.from} – ${x.after!.to})`), h('td', { class: 'num' }, `${x.change! >= 0 ? '+' : ''}${fmt(x.change!)}${x.change_pct === null ? '' : ` (${x.change_pct >= 0 ? '+' : ''}${x.change_pct}%)`}`)));
      }
      box.append(t);
      const bars = rows.flatMap((x) => [
        { measure: x.title, window: 'before', value: x.before!.value },
        { measure: x.title, window: 'after', value: x.after!.value },
      ]);
      const chartFig = h('figure', { class: 'chart', id: `before-after-${m.id}`, 'data-chart': 'before-after' }, h('figcaption', {}, `Before and after ${r.date} (${r.months} months each; the before window is the same dates a year earlier)`));
      chartFig.append(Plot.plot({ width: Math.min(900, main.clientWidth || 800), height: 80 + 60 * rows.length, marginLeft: 220, x: { grid: true, tickFormat: (d: number) => fmt(d) }, y: { label: null }, color: { domain: ['before', 'after'], range: [PALETTE[4]!, PALETTE[0]!], legend: true }, marks: [Plot.barX(bars, { y: 'measure', x: 'value', fill: 'window', fy: 'window', tip: true })], ariaLabel: `Before and after ${m.title}` }));
      figureTools(chartFig, `${m.id}-before-after`, ['measure', 'window', 'value'], bars);
      chartFig.dataset.rendered = 'true';
      box.append(chartFig);
    }
    for (const x of r.results.filter((y) => !(y.before && y.after))) box.append(h('p', { class: 'provenance' }, `${x.title}: ${x.note}`));
    if (r.concurrent.length) box.append(h('p', {}, `Also in these windows: ${r.concurrent.map((c) => `${c.date} ${c.title}`).join('; ')}.`));
    box.append(h('p', { class: 'warning' }, `⚠ ${r.warning}`));
    const cites = h('ul', {});
    for (const c of m.citations) cites.append(h('li', {}, h('a', { href: c.url, rel: 'noopener', target: '_blank' }, `${c.publisher} (${c.date})`), ` — ${c.says}`));
    box.append(h('p', {}, 'Sources:'), cites);
    card.replaceChildren(box);
  };

  pick.addEventListener('change', () => void draw());
  await draw();
  const want = params.get('measure');
  if (want) await open(want);
}
