/** Frontex: monthly detections of illegal border-crossings by route, sea/land and nationality. */
import { mirrorMatches } from './mirror.js';
import { loadCsvObservations } from './observations.js';
import type { Source } from './types.js';

export const frontex: Source = {
  id: 'frontex',
  title: 'Monthly detections of illegal border-crossings',
  publisher: 'Frontex (European Border and Coast Guard Agency)',
  licence: "Frontex's legal notice allows private use; other reuse needs Frontex's permission. crossings downloads the file for its user and does not redistribute it.",
  landingPage: 'https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/',
  attribution: 'Source: Frontex, Monthly detections of illegal border-crossings (FRAN and JORA data)',
  mirrorFiles: (dir) => mirrorMatches(dir, 'frontex', [/^frontex_monthly.*\.csv$/i]),
  async load(ctx) {
    const r = await loadCsvObservations(ctx, {
      columns: [
        { key: 'route', names: ['route', 'Route'] },
        { key: 'type', names: ['type', 'Border type', 'Type'] },
        { key: 'nat', names: ['nat', 'Nationality', 'Citizenship'] },
        { key: 'month', names: ['month', 'Month'] },
        { key: 'n', names: ['n', 'Detections', 'Value'] },
      ],
      grain: 'month',
      start: "CAST(date_trunc('month', TRY_CAST(c.month AS DATE)) AS DATE)",
      dims: { route: 'c.route', type: 'c.type', nationality: 'c.nat' },
      metrics: [{ metric: 'eu.frontex.detections', value: 'c.n' }],
    });
    return { dataset: 'eu.frontex.ibc', title: 'Monthly detections of illegal border-crossings', fileKind: 'csv', coverageFrom: r.from, coverageTo: r.to, rowCount: r.rows, issues: r.issues };
  },
};
