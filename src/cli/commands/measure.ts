import { dbPath } from '../../config.js';
import { CrossingsError } from '../../errors.js';
import { effectiveDate, measures } from '../../measures/calendar.js';
import { measureReport } from '../../measures/evaluate.js';
import { openStore } from '../../store/open.js';
import { formatNumber } from '../output.js';
import type { Args } from '../main.js';
import { printJson, table } from '../output.js';

export async function run(args: Args): Promise<void> {
  const id = args.positionals[0];
  if (!id) {
    const list = measures().map((m) => ({ id: m.id, date: effectiveDate(m) ?? '(not in force)', kind: m.kind, title: m.title }));
    if (args.values.json) return printJson({ measures: measures() });
    process.stdout.write(table(['id', 'date', 'kind', 'title'], list, 80));
    return;
  }
  const months = args.values.months === undefined ? 12 : Number(args.values.months);
  if (!Number.isInteger(months) || months < 1 || months > 36) throw new CrossingsError('USAGE', '--months takes a whole number of months from 1 to 36');
  const store = await openStore(dbPath(args.values.db as string | undefined));
  try {
    const r = await measureReport(store.conn, id, { months });
    if (args.values.json) return printJson(r);
    const m = r.measure;
    const out = [`${m.title} (${m.kind}; ${r.date ?? 'not in force'})`, '', `Promise: ${m.promise}`];
    for (const f of r.stated_figures) out.push(`  stated: ${formatNumber(f.value)} ${f.unit} — ${f.what} (${f.outcome})`);
    if (m.note) out.push(`Note: ${m.note}`);
    out.push('');
    for (const x of r.results) {
      const where = Object.entries(x.where).map(([k, v]) => `${k}=${v}`).join(', ');
      out.push(`${x.title}${where ? ` (${where})` : ''}:`);
      if (x.before && x.after) {
        out.push(`  before ${x.before.from} .. ${x.before.to}: ${formatNumber(x.before.value)} ${x.unit}`);
        out.push(`  after  ${x.after.from} .. ${x.after.to}: ${formatNumber(x.after.value)} ${x.unit}`);
        out.push(`  change: ${x.change! >= 0 ? '+' : ''}${formatNumber(x.change)}${x.change_pct === null ? '' : ` (${x.change_pct >= 0 ? '+' : ''}${x.change_pct}%)`}. ${x.note}`);
      } else out.push(`  ${x.note}`);
    }
    if (r.concurrent.length) out.push('', 'Also in these windows:', ...r.concurrent.map((c) => `  ${c.date}  ${c.title}`));
    out.push('', `! ${r.warning}`, '', 'Sources:', ...m.citations.map((c) => `  ${c.publisher} (${c.date}): ${c.url}`));
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    store.close();
  }
}
