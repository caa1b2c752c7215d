/** Finding a source's files in a mirror folder laid out like ../shared/data. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function mirrorMatches(dir: string, sub: string, patterns: RegExp[]): Promise<string[]> {
  const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
  const out: string[] = [];
  for (const p of patterns) for (const n of names.filter((x) => p.test(x)).sort()) if (!out.includes(n)) out.push(n);
  return out.map((n) => join(dir, sub, n));
}
