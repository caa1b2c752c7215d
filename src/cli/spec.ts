/**
 * The CLI's commands and options, defined once. The parser, `--help` and
 * docs/cli.md are all generated from this table (a test checks the docs are current).
 */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  arg?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  examples: string[];
}

export const GLOBAL_OPTIONS: OptionSpec[] = [
  { name: 'db', type: 'string', arg: 'PATH', help: 'the store file (default: $CROSSINGS_DB, else ./crossings.duckdb)' },
  { name: 'help', type: 'boolean', short: 'h', help: 'show help' },
];

const json: OptionSpec = { name: 'json', type: 'boolean', help: 'print JSON for machines' };
const csv: OptionSpec = { name: 'csv', type: 'boolean', help: 'print CSV' };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'start',
    summary: 'Build the store (from the mirror when present, else the official URLs), summarise it, then serve the API and the dashboard',
    usage: 'crossings start [--from DIR] [--host 127.0.0.1] [--port 8787] [--no-serve]',
    options: [
      { name: 'from', type: 'string', arg: 'DIR', help: 'a mirror folder laid out like ../shared/data (default: $CROSSINGS_MIRROR, else ../shared/data when present)' },
      { name: 'host', type: 'string', arg: 'HOST', help: 'address to listen on (default 127.0.0.1)' },
      { name: 'port', type: 'string', arg: 'PORT', help: 'port (default $PORT, else 8787)' },
      { name: 'workers', type: 'string', arg: 'N', help: 'server processes sharing the port (default $CROSSINGS_WORKERS, else one per core)' },
      { name: 'no-serve', type: 'boolean', help: 'build and summarise only' },
    ],
    examples: ['crossings start'],
  },
  {
    name: 'serve',
    summary: 'Serve the HTTP API and the dashboard',
    usage: 'crossings serve [--host 127.0.0.1] [--port 8787]',
    options: [
      { name: 'host', type: 'string', arg: 'HOST', help: 'address to listen on (default 127.0.0.1)' },
      { name: 'port', type: 'string', arg: 'PORT', help: 'port (default $PORT, else 8787)' },
      { name: 'workers', type: 'string', arg: 'N', help: 'server processes sharing the port (default $CROSSINGS_WORKERS, else one per core)' },
    ],
    examples: ['crossings serve', 'crossings serve --port 9000 --workers 1'],
  },
  {
    name: 'update',
    summary: 'Build or refresh the store: a new file is built, checked, then swapped in atomically',
    usage: 'crossings update [--from DIR] [--source ID]…',
    options: [
      { name: 'from', type: 'string', arg: 'DIR', help: 'read a mirror folder laid out like ../shared/data instead of the official URLs (default: $CROSSINGS_MIRROR)' },
      { name: 'official', type: 'boolean', help: 'download from the official URLs even when a mirror is set' },
      { name: 'source', type: 'string', multiple: true, arg: 'ID', help: 'only these sources' },
      json,
    ],
    examples: ['crossings update --from ../shared/data', 'crossings update --official'],
  },
  {
    name: 'sources',
    summary: 'Datasets and releases in the store: files, checksums, coverage, licences, row counts, validation issues',
    usage: 'crossings sources [--json] [--issues]',
    options: [json, { name: 'issues', type: 'boolean', help: 'list every validation issue (file, sheet, row, column, value, what was expected)' }],
    examples: ['crossings sources', 'crossings sources --json'],
  },
  {
    name: 'metrics',
    summary: 'The metric catalogue: definitions, units, dimensions, coverage, caveats and aliases',
    usage: 'crossings metrics [--json]',
    options: [json],
    examples: ['crossings metrics --json'],
  },
  {
    name: 'series',
    summary: 'A metric over time, summed by day, week, month, quarter or year',
    usage: 'crossings series METRIC [--by day|week|month|quarter|year] [--from DATE] [--to DATE] [--where DIM=VALUE]… [--json|--csv]',
    options: [
      { name: 'by', type: 'string', arg: 'GRAIN', help: 'day, week, month, quarter or year (default: year)' },
      { name: 'from', type: 'string', arg: 'DATE', help: 'first date (YYYY, YYYY-MM or YYYY-MM-DD)' },
      { name: 'to', type: 'string', arg: 'DATE', help: 'last date (YYYY, YYYY-MM or YYYY-MM-DD)' },
      { name: 'where', type: 'string', multiple: true, arg: 'DIM=VALUE', help: 'keep only rows whose dimension has this value, spelled as the publisher spells it' },
      { name: 'sql', type: 'boolean', help: 'also print the SQL that was run' },
      json,
      csv,
    ],
    examples: [
      'crossings series deaths.dead_and_missing --by year --json',
      'crossings series deaths.dead_and_missing --by month --where route="English Channel to the UK" --from 2024',
    ],
  },
  {
    name: 'check',
    summary: 'Check the statistical claims in a sentence, a file or a batch: verdicts with the evidence, the query and the arithmetic',
    usage: 'crossings check "TEXT" [--date YYYY-MM-DD] [--speaker NAME] [--json|--markdown|--claimreview] | --file PATH | --jsonl IN',
    options: [
      { name: 'date', type: 'string', arg: 'YYYY-MM-DD', help: 'when the claim was made: "last year", "so far this year" and what was published are read against it (default: today)' },
      { name: 'speaker', type: 'string', arg: 'NAME', help: 'who made it ("since I became Prime Minister" needs it)' },
      { name: 'file', type: 'string', arg: 'PATH', help: 'check a whole article (.txt, .md or .html)' },
      { name: 'jsonl', type: 'string', arg: 'IN', help: 'a batch: one {"text","date","speaker"} per line in, one {"claims":[…]} per line out' },
      { name: 'json', type: 'boolean', help: 'print the verdict JSON' },
      { name: 'markdown', type: 'boolean', help: 'print a Markdown table' },
      { name: 'claimreview', type: 'boolean', help: 'print schema.org ClaimReview JSON-LD' },
    ],
    examples: [
      'crossings check "nearly 9,000 people died trying to cross borders last year" --date 2025-04-07',
      'crossings check --file ../shared/articles/oic-summit-2025-04-07.txt --date 2025-04-07',
      'crossings check --jsonl claims.jsonl > verdicts.jsonl',
    ],
  },
  {
    name: 'measure',
    summary: 'A border measure, government or minister from the cited calendar: its promise, and its metrics in equal windows before and after',
    usage: 'crossings measure [ID] [--months N] [--json]',
    options: [{ name: 'months', type: 'string', arg: 'N', help: 'length of each window in months (default 12; the before window is the same dates a year earlier)' }, json],
    examples: ['crossings measure', 'crossings measure gb-illegal-migration-act --json', 'crossings measure it-al-protocol --months 6'],
  },
  {
    name: 'sql',
    summary: 'Run one read-only SELECT against the store (no file access, no writes; row and time limits)',
    usage: 'crossings sql "SELECT …" [--json|--csv]',
    options: [json, csv],
    examples: ['crossings sql "select year, sum(total) from incidents_current group by 1 order by 1"'],
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function optionLine(o: OptionSpec): string {
  const flag = `--${o.name}${o.arg ? ` ${o.arg}` : ''}${o.short ? `, -${o.short}` : ''}`;
  return `  ${flag.padEnd(26)} ${o.help}${o.multiple ? ' (repeatable)' : ''}`;
}

export function helpText(cmd?: CommandSpec): string {
  if (!cmd) {
    return [
      'crossings — an open evidence engine for border and migration statistics',
      '',
      'Usage: crossings COMMAND [options]',
      '',
      'Commands:',
      ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
      '',
      'Options for every command:',
      ...GLOBAL_OPTIONS.map(optionLine),
      '',
      'Run `crossings COMMAND --help` for a command\'s options.',
    ].join('\n');
  }
  return [`Usage: ${cmd.usage}`, '', cmd.summary, '', 'Options:', ...[...cmd.options, ...GLOBAL_OPTIONS].map(optionLine), '', 'Examples:', ...cmd.examples.map((e) => `  ${e}`)].join('\n');
}

/** docs/cli.md, generated from this table. */
export function cliMarkdown(): string {
  const out = ['# crossings CLI', '', '<!-- Generated from src/cli/spec.ts by `npm run docs:cli`; a test fails when it is stale. -->', ''];
  out.push('Options for every command:', '', '| option | meaning |', '|---|---|');
  for (const o of GLOBAL_OPTIONS) out.push(`| \`--${o.name}${o.arg ? ` ${o.arg}` : ''}\` | ${o.help} |`);
  for (const c of COMMANDS) {
    out.push('', `## \`crossings ${c.name}\``, '', c.summary + '.', '', '```', c.usage, '```', '');
    if (c.options.length) {
      out.push('| option | meaning |', '|---|---|');
      for (const o of c.options) out.push(`| \`--${o.name}${o.arg ? ` ${o.arg}` : ''}\` | ${o.help}${o.multiple ? ' (repeatable)' : ''} |`);
      out.push('');
    }
    out.push('Examples:', '', '```sh', ...c.examples, '```');
  }
  return out.join('\n') + '\n';
}
