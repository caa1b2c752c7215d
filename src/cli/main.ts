/**
 * The thin CLI entry: parse argv against the spec table, import the command lazily,
 * and turn every error into one line on stderr and an exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CrossingsError, toCrossingsError } from '../errors.js';
import { COMMANDS, GLOBAL_OPTIONS, findCommand, helpText } from './spec.js';

export interface Args {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

type Runner = (args: Args) => Promise<number | void>;

const LOADERS: Record<string, () => Promise<{ run: Runner }>> = {
  start: () => import('./commands/start.js'),
  update: () => import('./commands/update.js'),
  sources: () => import('./commands/sources.js'),
  metrics: () => import('./commands/metrics.js'),
  series: () => import('./commands/series.js'),
  sql: () => import('./commands/sql.js'),
  check: () => import('./commands/check.js'),
  serve: () => import('./commands/serve.js'),
  measure: () => import('./commands/measure.js'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(helpText() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write('0.1.0\n');
    return 0;
  }
  try {
    const cmd = findCommand(name);
    const load = LOADERS[name];
    if (!cmd || !load) throw new CrossingsError('USAGE', `unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    const options: NonNullable<ParseArgsConfig['options']> = {};
    for (const o of [...cmd.options, ...GLOBAL_OPTIONS]) {
      options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new CrossingsError('USAGE', `${e instanceof Error ? e.message : String(e)}\n${cmd.usage}`);
    }
    if (parsed.values.help) {
      process.stdout.write(helpText(cmd) + '\n');
      return 0;
    }
    const { run } = await load();
    const code = await run({ values: parsed.values as Args['values'], positionals: parsed.positionals });
    return code ?? 0;
  } catch (e) {
    const err = toCrossingsError(e);
    if (err.code === 'INTERNAL') {
      process.stderr.write(`crossings: internal error: ${err.message}\n`);
      if (process.env.CROSSINGS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack ?? ''}\n`);
    } else {
      process.stderr.write(`crossings: ${err.message}\n`);
    }
    return err.exitCode;
  }
}
