import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { CrossingsError } from '../../errors.js';
import { dbPath } from '../../config.js';
import { buildStore, type BuildSummary, type Origin } from '../../store/build.js';
import { SOURCES, sourceById } from '../../sources/index.js';
import type { Args } from '../main.js';
import { printJson, table } from '../output.js';
import { progressReporter } from '../progress.js';

export function originFrom(values: Args['values'], fallbackMirror: string | null): Origin {
  const from = values.from as string | undefined;
  if (from !== undefined) {
    if (/^https?:\/\//.test(from)) throw new CrossingsError('USAGE', '--from takes a folder laid out like ../shared/data; for the publishers\' URLs use --official');
    const dir = resolve(from);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CrossingsError('NOT_FOUND', `--from ${from}: no such folder`);
    return { kind: 'mirror', dir };
  }
  if (values.official) return { kind: 'official' };
  return fallbackMirror ? { kind: 'mirror', dir: fallbackMirror } : { kind: 'official' };
}

export async function update(values: Args['values'], fallbackMirror: string | null): Promise<BuildSummary> {
  const ids = (values.source as string[] | undefined) ?? [];
  const sources = ids.length
    ? ids.map((id) => {
        const s = sourceById(id);
        if (!s) throw new CrossingsError('USAGE', `unknown source "${id}"; sources: ${SOURCES.map((x) => x.id).join(', ')}`);
        return s;
      })
    : SOURCES;
  const progress = progressReporter();
  try {
    return await buildStore({ dbPath: dbPath(values.db as string | undefined), sources, origin: originFrom(values, fallbackMirror), onProgress: progress.update });
  } finally {
    progress.stop();
  }
}

export function printSummary(s: BuildSummary, json: boolean): void {
  if (json) {
    printJson(s);
    return;
  }
  process.stdout.write(`Built ${s.dbPath} in ${(s.ms / 1000).toFixed(1)} s\n\n`);
  process.stdout.write(
    table(
      ['source', 'file', 'rows', 'issues', 'from', 'to'],
      s.releases.map((r) => ({ source: r.sourceId, file: r.file, rows: r.rows, issues: r.issues, from: r.coverageFrom, to: r.coverageTo })),
    ),
  );
}

export async function run(args: Args): Promise<void> {
  const s = await update(args.values, process.env.CROSSINGS_MIRROR ? resolve(process.env.CROSSINGS_MIRROR) : null);
  printSummary(s, Boolean(args.values.json));
}
