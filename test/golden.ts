/**
 * Golden files: the value is compared with test/golden/NAME; on a difference the new
 * value is written beside it as NAME.changed and the test fails with a line diff.
 * Review the change, then accept it with UPDATE_GOLDEN=1.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export function golden(name: string, value: unknown): void {
  const path = join(ROOT, 'test', 'golden', name);
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (!existsSync(path) && process.env.CI) assert.fail(`golden file ${name} is missing (run the tests with UPDATE_GOLDEN=1 and commit it)`);
    writeFileSync(path, text);
    return;
  }
  const want = readFileSync(path, 'utf8');
  const changed = `${path}.changed`;
  if (want === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  const a = want.split('\n');
  const b = text.split('\n');
  const diff: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && diff.length < 40; i++) {
    if (a[i] !== b[i]) {
      if (a[i] !== undefined) diff.push(`- ${a[i]}`);
      if (b[i] !== undefined) diff.push(`+ ${b[i]}`);
    }
  }
  assert.fail(`golden file ${name} differs (new version written to ${name}.changed):\n${diff.join('\n')}`);
}
