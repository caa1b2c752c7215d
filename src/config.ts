/** Where things are: the store file and the mirror folder. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function dbPath(flag?: string): string {
  return resolve(flag ?? process.env.CROSSINGS_DB ?? join(process.cwd(), 'crossings.duckdb'));
}

/** The mirror folder: CROSSINGS_MIRROR, else ../shared/data beside the project when present. */
export function defaultMirror(): string | null {
  if (process.env.CROSSINGS_MIRROR) return resolve(process.env.CROSSINGS_MIRROR);
  for (const base of [process.cwd(), PROJECT_ROOT]) {
    const p = resolve(base, '..', 'shared', 'data');
    if (existsSync(p)) return p;
  }
  return null;
}
