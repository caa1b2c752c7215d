import * as Plot from '@observablehq/plot';
import { api, fmt } from '../api';
import { chart, figureTools, PALETTE } from '../chart';
import { h } from './common';

export async function channel(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'Small boats crossing the English Channel'), h('p', {}, 'Home Office provisional daily figures (SB_01). The final quarterly figures (Irr_D01) differ slightly.'));
  const { metrics } = await api.metrics();
  const lastDay = metrics.find((m) => m.id === 'uk.small_boats.arrivals')?.coverage?.to ?? new Date().toISOString().slice(0, 10);
  const from = new Date(Date.parse(lastDay) - 119 * 86400000).toISOString().slice(0, 10);
  await chart(main, { id: 'daily', title: `People arriving by small boat, by day (the 120 days to ${lastDay})`, metric: 'uk.small_boats.arrivals', by: 'day', from, mark: 'bar' });
  await chart(main, { id: 'weekly', title: 'By week', metric: 'uk.small_boats.arrivals', by: 'week', mark: 'line' });
  await chart(main, { id: 'monthly', title: 'By month', metric: 'uk.small_boats.arrivals', by: 'month', mark: 'bar' });

  // Year to date against earlier years: cumulative arrivals by day of the year.
  const fig = h('figure', { class: 'chart', id: 'ytd', 'data-chart': 'ytd' }, h('figcaption', {}, 'Year to date against earlier years (cumulative people by day of the year)'));
  main.append(fig);
  const daily = await api.series('uk.small_boats.arrivals', { by: 'day' });
  const byYear = new Map<string, { day: number; total: number; year: string }[]>();
  for (const r of daily.rows) {
    const y = r.period.slice(0, 4);
    const list = byYear.get(y) ?? [];
    const day = Math.round((Date.parse(r.period) - Date.parse(`${y}-01-01`)) / 86400000) + 1;
    list.push({ day, total: (list.at(-1)?.total ?? 0) + r.value, year: y });
    byYear.set(y, list);
  }
  const data = [...byYear.values()].flat();
  fig.append(
    Plot.plot({
      width: Math.min(1000, main.clientWidth || 900),
      height: 340,
      marginLeft: 60,
      color: { legend: true, range: PALETTE, type: 'ordinal' },
      x: { label: 'day of the year' },
      y: { grid: true, label: 'people, cumulative', tickFormat: (d: number) => fmt(d) },
      marks: [Plot.lineY(data, { x: 'day', y: 'total', stroke: 'year', tip: true }), Plot.ruleY([0])],
      ariaLabel: 'Cumulative small-boat arrivals by day of the year, one line per year',
    }),
  );
  const last = daily.rows.at(-1);
  figureTools(fig, 'small-boats-cumulative-by-day-of-year', ['year', 'day', 'total'], data);
  if (last) fig.append(h('p', { class: 'provenance' }, `Latest day: ${last.period}. Source: ${daily.sources.map((s) => `${s.publisher}, ${s.file}`).join('; ')}`));
  fig.dataset.rendered = 'true';

  // People per boat, by month.
  const people = await api.series('uk.small_boats.arrivals', { by: 'month' });
  const boats = await api.series('uk.small_boats.boats', { by: 'month' });
  const perBoat = people.rows.map((p) => ({ period: p.period, value: (boats.rows.find((b) => b.period === p.period)?.value ?? 0) > 0 ? p.value / boats.rows.find((b) => b.period === p.period)!.value : null })).filter((x) => x.value !== null);
  const fig2 = h('figure', { class: 'chart', id: 'per-boat', 'data-chart': 'per-boat' }, h('figcaption', {}, 'People per boat, by month'));
  fig2.append(Plot.plot({ width: Math.min(1000, main.clientWidth || 900), height: 260, marginLeft: 50, y: { grid: true, label: 'people per boat' }, marks: [Plot.lineY(perBoat, { x: (d: { period: string }) => new Date(`${d.period}-01`), y: 'value', stroke: PALETTE[1], tip: true })], ariaLabel: 'People per boat by month' }));
  figureTools(fig2, 'small-boats-people-per-boat', ['period', 'value'], perBoat as Record<string, unknown>[]);
  fig2.append(h('p', { class: 'provenance' }, `People arrived ÷ boats arrived, by month. Source: ${people.sources.map((s) => `${s.publisher}, ${s.file}`).join('; ')}`));
  fig2.dataset.rendered = 'true';
  main.append(fig2);
}
