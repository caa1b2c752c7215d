/**
 * The metric catalogue: public, stable ids (see docs/metrics.md), each with a
 * plain-English definition, unit, dimensions, caveats and the words people use.
 */
import { CrossingsError } from '../errors.js';
import type { Metric } from './types.js';

/** A metric stored in the shared observations table. */
function obsRelation(metric: string, dims: string[]): string {
  const cols = dims.map((d) => `, dims['${d}'] AS "${d}"`).join('');
  return `SELECT period_start AS date, year(period_start) AS y, month(period_start) AS m, value, release_id${cols} FROM observations_current WHERE metric = '${metric}'`;
}

export const METRICS: Metric[] = [
  {
    id: 'deaths.dead_and_missing',
    title: 'Migrants recorded dead or missing',
    definition:
      "People who died or went missing in the process of migration towards an international destination, as recorded by IOM's Missing Migrants Project: the sum of 'Total Number of Dead and Missing' over incidents, dated by the incident date.",
    unit: 'people',
    source: 'IOM Missing Migrants Project',
    grain: 'day',
    kind: 'flow',
    dimensions: [
      { name: 'route', description: "Migration Route (harmonised: the API's 'Mainland Europe to the UK' is 'English Channel to the UK')", column: 'route_list', list: true },
      { name: 'region', description: 'Region of Incident (Mediterranean, Northern Africa, North America, …)', column: 'region_list', list: true },
      { name: 'country', description: 'Country of Incident', column: 'country' },
      { name: 'cause', description: 'Cause of Death', column: 'cause' },
      { name: 'origin', description: 'Country of Origin', column: 'country_of_origin' },
      { name: 'incident_type', description: 'Incident Type (Incident, Split Incident, Cumulative Incident)', column: 'incident_type' },
    ],
    caveats: [
      'A minimum estimate: many deaths on migration routes are never recorded.',
      'Recent months are incomplete and are revised upwards as incidents are verified; a newer release supersedes an older one for the dates it covers.',
      'Missing people are a minimum estimate of those lost at sea, rarely confirmed.',
      'The English Channel route also counts deaths on land near the Channel (in and around Calais and on roads and lorries).',
      'Thirteen 2020 incidents have no date, year or month: they count in all-time totals but in no year.',
    ],
    aliases: ['deaths', 'died', 'dead', 'dead or missing', 'dead and missing', 'missing migrants', 'perished', 'drowned', 'lost their lives', 'killed'],
    relation: 'SELECT date, year AS y, month AS m, total AS value, release_id, route_list, region_list, country, cause, country_of_origin, incident_type FROM incidents_current',
    url: 'https://missingmigrants.iom.int/data',
  },
];

export function getMetric(id: string): Metric {
  const m = METRICS.find((x) => x.id === id);
  if (!m) {
    throw new CrossingsError('UNKNOWN_METRIC', `unknown metric "${id}"; known metrics: ${METRICS.map((x) => x.id).join(', ')}`);
  }
  return m;
}

export { obsRelation };
