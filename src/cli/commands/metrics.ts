import { dbPath } from '../../config.js';
import { METRICS } from '../../metrics/catalogue.js';
import { coverage } from '../../metrics/coverage.js';
import { openStore } from '../../store/open.js';
import type { Args } from '../main.js';
import { printJson } from '../output.js';

export async function run(args: Args): Promise<void> {
  const store = await openStore(dbPath(args.values.db as string | undefined));
  try {
    const cov = await coverage(store.conn);
    const list = METRICS.map(({ relation: _r, ...m }) => ({
      ...m,
      dimensions: m.dimensions.map(({ column: _c, ...d }) => d),
      coverage: cov.get(m.id) ?? null,
    }));
    if (args.values.json) return printJson({ metrics: list });
    for (const m of list) {
      process.stdout.write(`${m.id}  (${m.unit}, by ${m.grain}; ${m.coverage ? `${m.coverage.from} .. ${m.coverage.to}` : 'no data loaded'})\n`);
      process.stdout.write(`  ${m.title}. ${m.definition}\n`);
      process.stdout.write(`  dimensions: ${m.dimensions.map((d) => d.name).join(', ') || 'none'}\n`);
      if (m.aliases.length) process.stdout.write(`  also called: ${m.aliases.join(', ')}\n`);
      for (const c of m.caveats) process.stdout.write(`  ! ${c}\n`);
      process.stdout.write('\n');
    }
  } finally {
    store.close();
  }
}
