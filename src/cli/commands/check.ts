import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { dbPath } from '../../config.js';
import { CrossingsError, fileError, toCrossingsError } from '../../errors.js';
import { checkText, today } from '../../claims/check.js';
import { SeriesData } from '../../metrics/access.js';
import { claimReviewJson, renderMarkdown, renderTerminal } from '../../claims/render.js';
import { openStore } from '../../store/open.js';
import type { Args } from '../main.js';
import { isTTY, printJson } from '../output.js';

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError('FILE_UNREADABLE', { file: path }, `cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`, e);
  }
}

export async function run(args: Args): Promise<void> {
  const v = args.values;
  const store = await openStore(dbPath(v.db as string | undefined));
  const data = new SeriesData(store.conn);
  try {
    if (v.jsonl) {
      // One result per input line, in order; a bad line gets an error object, the batch goes on.
      const lines = readInput(v.jsonl as string).split('\n');
      for (const [i, line] of lines.entries()) {
        if (!line.trim()) continue;
        try {
          let input: { text?: unknown; date?: unknown; speaker?: unknown };
          try {
            input = JSON.parse(line) as typeof input;
          } catch {
            throw fileError('USAGE', { file: v.jsonl as string, row: i + 1 }, 'not a JSON object');
          }
          if (typeof input.text !== 'string') throw fileError('USAGE', { file: v.jsonl as string, row: i + 1 }, 'expected {"text": "...", "date": "YYYY-MM-DD"}');
          const out = await checkText(store.conn, { text: input.text, date: typeof input.date === 'string' ? input.date : today(), speaker: typeof input.speaker === 'string' ? input.speaker : undefined }, data);
          process.stdout.write(JSON.stringify(out) + '\n');
        } catch (e) {
          process.stdout.write(JSON.stringify({ claims: [], ...toCrossingsError(e).toJSON() }) + '\n');
        }
      }
      return;
    }
    let text: string;
    let format: 'txt' | 'md' | 'html' = 'txt';
    if (v.file) {
      text = readInput(v.file as string);
      const ext = extname(v.file as string).toLowerCase();
      format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'md' : 'txt';
    } else {
      text = args.positionals.join(' ').trim();
      if (!text) throw new CrossingsError('USAGE', 'give a sentence to check, --file PATH or --jsonl IN');
    }
    // A file that opens with "DATE: YYYY-MM-DD" (and "SOURCE: …") lines dates itself; the lines are blanked, keeping offsets.
    const header = v.file ? headerOf(text) : null;
    if (header) text = header.text;
    if (header?.date && v.date && v.date !== header.date) process.stderr.write(`note: ${v.file as string} is dated ${header.date}; checking as of --date ${v.date as string}\n`);
    const date = (v.date as string | undefined) ?? header?.date ?? today();
    const speaker = v.speaker as string | undefined;
    const out = await checkText(store.conn, { text, date, speaker, format }, data);
    if (v.json) return printJson(out);
    if (v.markdown) return void process.stdout.write(renderMarkdown(out));
    if (v.claimreview) return void process.stdout.write(claimReviewJson(out, { date, speaker, ...(v.file ? { url: v.file as string } : {}) }) + '\n');
    process.stdout.write(renderTerminal(out, isTTY()));
  } finally {
    store.close();
  }
}

/** The "DATE:" and "SOURCE:" lines an article file may open with, blanked in the text. */
function headerOf(text: string): { date: string | null; text: string } | null {
  const m = /^(?:(?:DATE|SOURCE): [^\n]*\n)+/.exec(text);
  if (!m) return null;
  const date = /^DATE: (\d{4}-\d{2}-\d{2})\s*$/m.exec(m[0])?.[1] ?? null;
  return { date, text: m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length) };
}
