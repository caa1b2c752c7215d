import { api, fmt } from '../api';
import { h } from './common';

export async function sources(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'Sources'), h('p', {}, 'Every dataset and release in the store: file, checksum, coverage, licence and validation issues.'));
  const { releases } = await api.sources();
  const t = h('table', { class: 'data', id: 'sources-table' });
  t.append(h('tr', {}, ...['release', 'publisher', 'file', 'coverage', 'rows', 'issues', 'sha256', 'licence'].map((c) => h('th', { scope: 'col' }, c))));
  for (const r of releases) {
    const issues = (r.issues as { severity: string; expected: string; count: number }[]).map((i) => `${i.count} × ${i.expected}`).join('; ');
    t.append(
      h('tr', {},
        h('td', {}, String(r.release_id)),
        h('td', {}, String(r.publisher)),
        h('td', {}, String(r.file_name)),
        h('td', {}, `${String(r.coverage_from)} – ${String(r.coverage_to)}`),
        h('td', { class: 'num' }, fmt(Number(r.row_count))),
        h('td', { title: issues }, String(r.issue_count)),
        h('td', {}, h('code', {}, String(r.sha256).slice(0, 16) + '…')),
        h('td', {}, String(r.licence)),
      ),
    );
  }
  main.append(t);
}
