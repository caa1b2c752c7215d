import { api, fmt } from '../api';
import { chart } from '../chart';
import { h } from './common';

interface Headline {
  label: string;
  metric: string;
  q: Record<string, string>;
  pick: 'last_complete_year' | 'last';
  note?: string;
}

const HEADLINES: Headline[] = [
  { label: 'migrants recorded dead or missing worldwide', metric: 'deaths.dead_and_missing', q: { by: 'year' }, pick: 'last_complete_year' },
  { label: 'people crossed the Channel in small boats', metric: 'uk.small_boats.arrivals', q: { by: 'year' }, pick: 'last_complete_year' },
  { label: 'enforced returns from the UK', metric: 'uk.returns', q: { by: 'year', return_type_group: 'Enforced return' }, pick: 'last_complete_year', note: 'Deportations and removals are enforced returns; most returns are voluntary.' },
  { label: 'detections of illegal border-crossings into the EU', metric: 'eu.frontex.detections', q: { by: 'year' }, pick: 'last_complete_year', note: 'Detections, not people.' },
  { label: 'refugees worldwide (end of year)', metric: 'unhcr.refugees', q: { by: 'year' }, pick: 'last' },
];

export async function overview(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'Border and migration statistics, with their sources'));
  const cards = h('div', { class: 'cards' });
  main.append(cards);
  const { metrics } = await api.metrics();
  await Promise.all(
    HEADLINES.map(async (x) => {
      const card = h('div', { class: 'card', 'data-metric': x.metric });
      cards.append(card);
      try {
        const s = await api.series(x.metric, x.q);
        // The last complete year: the year the data end in if they run to 31 December, else the one before.
        const to = metrics.find((m) => m.id === x.metric)?.coverage?.to ?? '';
        const lastComplete = to.endsWith('-12-31') ? to.slice(0, 4) : String(Number(to.slice(0, 4)) - 1);
        const r = x.pick === 'last' ? s.rows.at(-1) : s.rows.filter((row) => row.period <= lastComplete).at(-1);
        if (!r) throw new Error('no data');
        const src = s.sources.find((q) => q.first_period <= r.period && q.last_period >= r.period) ?? s.sources.at(-1);
        card.append(h('div', { class: 'value' }, fmt(r.value)), h('div', { class: 'label' }, `${x.label} in ${r.period}`), h('div', { class: 'src' }, `${src?.publisher ?? ''} · ${src?.file ?? ''}${x.note ? ` · ${x.note}` : ''}`));
      } catch (e) {
        card.append(h('div', { class: 'error' }, `${x.metric}: ${(e as Error).message}`));
      }
    }),
  );
  await chart(main, { id: 'deaths-year', title: 'Migrants recorded dead or missing, by year (IOM)', metric: 'deaths.dead_and_missing', by: 'year' });
  await chart(main, { id: 'channel-month', title: 'People crossing the Channel in small boats, by month', metric: 'uk.small_boats.arrivals', by: 'month', mark: 'bar' });
}
