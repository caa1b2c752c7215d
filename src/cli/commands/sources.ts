import { dbPath } from '../../config.js';
import { openStore } from '../../store/open.js';
import { listSources } from '../../store/releases.js';
import type { Args } from '../main.js';
import { isTTY, printJson, table } from '../output.js';

export async function run(args: Args): Promise<void> {
  const store = await openStore(dbPath(args.values.db as string | undefined));
  try {
    const list = await listSources(store.conn, Boolean(args.values.issues));
    if (args.values.json || !isTTY()) {
      if (args.values.json) return printJson({ releases: list });
    }
    const rows = list.map((r) => {
      const sup = r.superseded_by.map((s) => `release ${s.release_id} from ${s.from}`).join('; ');
      return {
        id: r.release_id,
        source: r.source_id,
        file: r.file_name,
        rows: r.row_count,
        issues: r.issue_count,
        covers: `${String(r.coverage_from)} .. ${String(r.coverage_to)}`,
        'answers for': sup ? `up to the day before ${sup}` : 'all it covers',
      };
    });
    process.stdout.write(table(['id', 'source', 'file', 'rows', 'issues', 'covers', 'answers for'], rows, 70));
    const licences = [...new Set(list.map((r) => `${String(r.publisher)}: ${String(r.licence)}`))];
    process.stdout.write(`\nLicences:\n${licences.map((l) => `  ${l}`).join('\n')}\n`);
    if (args.values.issues) {
      for (const r of list) for (const i of r.issues) process.stdout.write(`${JSON.stringify(i)}\n`);
    }
  } finally {
    store.close();
  }
}
