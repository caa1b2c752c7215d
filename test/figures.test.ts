/** The committed figures (figures/*.json): every entry cited, dates valid, metrics and dimensions real. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublished } from '../src/sources/published.js';
import { events } from '../src/claims/calendar.js';
import { METRICS } from '../src/metrics/catalogue.js';
import { CrossingsError } from '../src/errors.js';
import { ROOT } from './helpers.js';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

test('published figures: a citation, valid dates, a catalogue metric and its dimensions for each', () => {
  const figures = parsePublished(new Uint8Array(readFileSync(join(ROOT, 'figures', 'published.json'))), 'published.json');
  assert.ok(figures.length >= 4, "the cited Home Office returns figures");
  const ids = new Set<string>();
  for (const f of figures) {
    assert.ok(!ids.has(f.id), `unique id ${f.id}`);
    ids.add(f.id);
    const m = METRICS.find((x) => x.id === f.metric);
    assert.ok(m, `${f.id}: metric ${f.metric} exists`);
    for (const dim of Object.keys(f.dims)) assert.ok(m.dimensions.some((d) => d.name === dim), `${f.id}: ${f.metric} has dimension ${dim}`);
    assert.ok(isDate(f.from) && isDate(f.to) && isDate(f.published) && f.from <= f.to && f.to <= f.published, `${f.id}: dates`);
    assert.match(f.url, /^https:\/\//);
  }
});

test('a malformed published-figures file is refused with the entry named', () => {
  const bad = new TextEncoder().encode(JSON.stringify({ figures: [{ id: 'x', metric: 'uk.returns', dims: {}, from: '2024-02-30', to: '2024-03-01', value: 1, definition: 'd', publisher: 'p', title: 't', url: 'https://x', published: '2024-04-01' }] }));
  assert.throws(() => parsePublished(bad, 'published.json'), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' || e.code === 'FILE_UNREADABLE');
  const noUrl = new TextEncoder().encode(JSON.stringify({ figures: [{ id: 'x', metric: 'uk.returns', dims: {}, from: '2024-01-01', to: '2024-03-01', value: 1, definition: 'd', publisher: 'p', title: 't', url: 'http://x', published: '2024-04-01' }] }));
  assert.throws(() => parsePublished(noUrl, 'published.json'), (e: CrossingsError) => e.code === 'FILE_STRUCTURE' && /https/.test(e.message));
});

test('the events calendar: each event dated, cited and findable by its phrases', () => {
  for (const e of events()) {
    assert.ok(isDate(e.date), e.id);
    assert.ok(e.citations.length >= 1, `${e.id} is cited`);
    for (const c of e.citations) assert.match(c.url, /^https:\/\//);
    assert.ok(e.phrases.length > 0);
  }
});
