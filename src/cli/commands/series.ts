import { dbPath } from '../../config.js';
import { CrossingsError } from '../../errors.js';
import { runSeries } from '../../metrics/series.js';
import type { Grain } from '../../metrics/types.js';
import { openStore } from '../../store/open.js';
import type { Args } from '../main.js';
import { printJson, table, toCsv } from '../output.js';

export function parseWhere(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of list ?? []) {
    const i = w.indexOf('=');
    if (i <= 0) throw new CrossingsError('USAGE', `--where takes DIM=VALUE, got "${w}"`);
    out[w.slice(0, i).trim()] = w.slice(i + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return out;
}

export async function run(args: Args): Promise<void> {
  const metric = args.positionals[0];
  if (!metric) throw new CrossingsError('USAGE', 'which metric? e.g. crossings series deaths.dead_and_missing --by year (see crossings metrics)');
  const store = await openStore(dbPath(args.values.db as string | undefined));
  try {
    const res = await runSeries(store.conn, {
      metric,
      by: ((args.values.by as string | undefined) ?? 'year') as Grain,
      from: args.values.from as string | undefined,
      to: args.values.to as string | undefined,
      where: parseWhere(args.values.where as string[] | undefined),
    });
    if (args.values.json) return printJson(res);
    if (args.values.csv) {
      process.stdout.write(toCsv(['period', 'value'], res.rows));
      return;
    }
    const filters = Object.entries(res.filters).map(([k, v]) => `${k}=${v}`).join(', ');
    process.stdout.write(`${res.metric} (${res.unit}) by ${res.by}${filters ? `, ${filters}` : ''}\n\n`);
    process.stdout.write(table(['period', 'value'], res.rows));
    process.stdout.write(`\nSources:\n${res.sources.map((s) => `  ${s.publisher}: ${s.file} (sha256 ${s.sha256.slice(0, 12)}…) for ${s.first_period} .. ${s.last_period}`).join('\n')}\n`);
    if (args.values.sql) process.stdout.write(`\n${res.sql}\n`);
  } finally {
    store.close();
  }
}
