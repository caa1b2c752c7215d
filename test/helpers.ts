/** Shared test helpers: the mirror setting, temp folders, running the CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The real data: CROSSINGS_MIRROR, defaulting to ../shared/data. */
export const MIRROR = resolve(process.env.CROSSINGS_MIRROR ?? join(ROOT, '..', 'shared', 'data'));
export const HAVE_MIRROR = existsSync(join(MIRROR, 'iom-missing-migrants'));
export const NO_MIRROR = HAVE_MIRROR ? false : `the real data mirror is absent at ${MIRROR} (set CROSSINGS_MIRROR)`;

export const tmp = (prefix = 'crossings-test-'): string => mkdtempSync(join(tmpdir(), prefix));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'crossings.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const FIXTURES = join(ROOT, 'test', 'fixtures');
