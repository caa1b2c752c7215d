import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliMarkdown, COMMANDS } from '../src/cli/spec.js';
import { cli, ROOT } from './helpers.js';

test('docs/cli.md is generated from the option table and is current (npm run docs:cli)', () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8'), cliMarkdown());
});

test('--help lists every command; each command has its own help', () => {
  const r = cli(['--help']);
  assert.equal(r.code, 0);
  for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`\\b${c.name}\\b`));
  const s = cli(['series', '--help']);
  assert.equal(s.code, 0);
  assert.match(s.stdout, /--where DIM=VALUE/);
});

test('user mistakes get one line and a usage exit code, never a stack trace', () => {
  for (const args of [['frobnicate'], ['series', '--bogus'], ['series', 'deaths.dead_and_missing', '--db', '/nonexistent/x.duckdb']]) {
    const r = cli(args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.stderr, /^crossings: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
  assert.equal(cli(['frobnicate']).code, 2);
  assert.equal(cli(['series', 'x', '--db', '/nonexistent/x.duckdb']).code, 4);
});
