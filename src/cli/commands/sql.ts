import { dbPath } from '../../config.js';
import { CrossingsError } from '../../errors.js';
import { SqlRunner } from '../../store/sql-runner.js';
import type { Args } from '../main.js';
import { printJson, table, toCsv } from '../output.js';

export async function run(args: Args): Promise<void> {
  const sql = args.positionals.join(' ').trim();
  if (!sql) throw new CrossingsError('USAGE', 'give one SELECT statement, e.g. crossings sql "select count(*) from incidents_current"');
  // The query runs in a child process, so that its time and memory limits hold for certain.
  const runner = new SqlRunner(dbPath(args.values.db as string | undefined));
  try {
    const res = await runner.run(sql);
    if (args.values.json) return printJson(res);
    if (args.values.csv) return void process.stdout.write(toCsv(res.columns, res.rows));
    process.stdout.write(table(res.columns, res.rows));
    if (res.truncated) process.stderr.write(`(only the first ${res.rows.length} rows are shown)\n`);
  } finally {
    await runner.close();
  }
}
