/** The SQL the series engine generates, as a golden file: a change to a query is reviewed, not discovered. */
import { test } from 'node:test';
import { buildSeriesSql } from '../src/metrics/series.js';
import { getMetric } from '../src/metrics/catalogue.js';
import { golden } from './golden.js';

test('generated series SQL (golden)', () => {
  const cases: [string, Parameters<typeof buildSeriesSql>[1]][] = [
    ['deaths.dead_and_missing', { metric: 'deaths.dead_and_missing', by: 'year' }],
    ['deaths.dead_and_missing', { metric: 'deaths.dead_and_missing', by: 'month', from: '2024', to: '2024-06', where: { route: 'English Channel to the UK' } }],
    ['uk.returns', { metric: 'uk.returns', by: 'quarter', where: { return_type_group: 'Enforced return' } }],
    ['eu.asylum.applicants', { metric: 'eu.asylum.applicants', by: 'year' }],
    ['unhcr.refugees', { metric: 'unhcr.refugees', by: 'year', where: { asylum_name: 'Germany' } }],
  ];
  const text = cases
    .map(([id, req]) => {
      const { sql, params } = buildSeriesSql(getMetric(id), req);
      return `-- ${JSON.stringify(req)}\n-- params: ${JSON.stringify(params)}\n${sql};\n`;
    })
    .join('\n');
  golden('series.sql', text);
});
