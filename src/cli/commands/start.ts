import { defaultMirror } from '../../config.js';
import type { Args } from '../main.js';
import { printSummary, update } from './update.js';
import { run as sources } from './sources.js';
import { parseWorkers, serveUntilStopped } from './serve.js';
import { dbPath } from '../../config.js';

/** npm start: build the store from the mirror (or the official URLs), then say what it holds. */
export async function run(args: Args): Promise<void> {
  const mirror = defaultMirror();
  process.stderr.write(mirror ? `Building the store from the mirror at ${mirror}\n` : 'No mirror found: downloading from the official URLs\n');
  const s = await update(args.values, mirror);
  printSummary(s, false);
  process.stdout.write('\n');
  await sources({ values: { db: args.values.db }, positionals: [] });
  if (args.values['no-serve']) return;
  process.stdout.write('\n');
  await serveUntilStopped(dbPath(args.values.db as string | undefined), (args.values.host as string | undefined) ?? '127.0.0.1', Number(args.values.port ?? process.env.PORT ?? 8787), parseWorkers(args.values.workers));
}
