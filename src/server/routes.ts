/** The API's routes and their input schemas, defined once: the handlers validate with them and /api/openapi.json is generated from them. */
import { z } from 'zod';

const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const SeriesQuery = z.object({
  by: z.enum(['day', 'week', 'month', 'quarter', 'year']).default('year'),
  from: date.optional(),
  to: date.optional(),
  format: z.enum(['json', 'csv']).default('json'),
}).catchall(z.string().max(200));

export const IncidentsQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  route: z.string().max(200).optional(),
  region: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).default(20_000),
});

export const CheckBody = z.object({
  text: z.string().min(1).max(200_000),
  // (A real day: "2024-02-30" is refused by the checker with BAD_PERIOD.)
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  speaker: z.string().max(300).optional(),
  format: z.enum(['txt', 'md', 'html']).optional(),
});

export const SqlBody = z.object({ sql: z.string().min(1).max(20_000), format: z.enum(['json', 'csv']).optional() });

export const ErrorShape = z.object({ ok: z.literal(false), error: z.string(), code: z.string(), status: z.number().int() });

export interface RouteDoc {
  method: 'get' | 'post';
  path: string;
  summary: string;
  params?: string[];
  query?: z.ZodType;
  body?: z.ZodType;
  produces?: string[];
}

export const ROUTES: RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness, and whether a store is loaded' },
  { method: 'get', path: '/api/metrics', summary: 'The metric catalogue: definitions, units, dimensions, coverage, caveats, aliases' },
  { method: 'get', path: '/api/series/{metric}', summary: 'A metric over time; any other query parameter filters a dimension (e.g. route=English Channel to the UK)', params: ['metric'], query: SeriesQuery, produces: ['application/json', 'text/csv'] },
  { method: 'get', path: '/api/incidents', summary: 'IOM incidents with coordinates, as GeoJSON, for the map', query: IncidentsQuery, produces: ['application/geo+json'] },
  { method: 'get', path: '/api/sources', summary: 'Every dataset and release: file, checksum, coverage, licence, validation issues' },
  { method: 'post', path: '/api/check', summary: 'Check the statistical claims in a text: the verdict JSON of design.md', body: CheckBody },
  { method: 'post', path: '/api/sql', summary: 'One read-only SELECT (no file access; row and time limits)', body: SqlBody },
  { method: 'get', path: '/api/measures', summary: 'The cited calendar of border measures, governments and ministers' },
  { method: 'get', path: '/api/measures/{id}', summary: "A measure's metrics in equal windows before and after its date (query: months, default 12)", params: ['id'] },
  { method: 'get', path: '/api/openapi.json', summary: 'This description' },
];

export function openApi(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of ROUTES) {
    const parameters: object[] = (r.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    if (r.query) {
      const js = z.toJSONSchema(r.query, { io: 'input' }) as { properties?: Record<string, object>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) parameters.push({ name, in: 'query', required: (js.required ?? []).includes(name), schema });
    }
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      summary: r.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input' }) } } } } : {}),
      responses: {
        200: { description: 'OK', content: Object.fromEntries((r.produces ?? ['application/json']).map((t) => [t, {}])) },
        default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'crossings API', version: '0.1.0', description: 'Border and migration statistics with provenance, and a claim checker.' },
    paths,
    components: { schemas: { Error: z.toJSONSchema(ErrorShape) } },
  };
}
