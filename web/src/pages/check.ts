import { api, fmt, type Claim } from '../api';
import { chart } from '../chart';
import { h } from './common';

const LABEL: Record<Claim['verdict'], string> = { accurate: 'Accurate', roughly_accurate: 'Roughly accurate', misleading: 'Misleading', inaccurate: 'Inaccurate', unverifiable: 'Unverifiable' };

export async function check(main: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  main.append(h('h1', {}, 'Check a claim'), h('p', {}, 'Paste a sentence or a whole article. Each statistical claim is checked against the official data, with the figures, the arithmetic and the definitions.'));
  const form = h('form', { id: 'check-form' });
  const text = h('textarea', { id: 'check-text', 'aria-label': 'Text to check', placeholder: 'e.g. Nearly 9,000 people died trying to cross borders last year.' });
  text.value = params.get('text') ?? '';
  const date = h('input', { id: 'check-date', type: 'date', 'aria-label': 'When the claim was made', value: params.get('date') ?? new Date().toISOString().slice(0, 10) });
  const speaker = h('input', { id: 'check-speaker', type: 'text', 'aria-label': 'Who made it (optional)', placeholder: 'speaker (optional)', value: params.get('speaker') ?? '' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Check');
  form.append(text, h('div', { class: 'controls' }, h('label', {}, 'Date ', date), speaker, submit));
  const out = h('section', { id: 'check-results', 'aria-live': 'polite' });
  main.append(form, out);
  const run = async () => {
    out.replaceChildren(h('p', {}, 'Checking…'));
    const p = new URLSearchParams({ text: text.value, date: date.value, ...(speaker.value ? { speaker: speaker.value } : {}) });
    history.replaceState(null, '', `/check?${p.toString()}`);
    try {
      const res = await api.check(text.value, date.value, speaker.value || undefined);
      out.replaceChildren();
      if (res.claims.length === 0) out.append(h('p', {}, 'No statistical claims found.'));
      out.append(highlighted(text.value, res.claims));
      // Words the checker did not read (a sentence past its limits) are named, never dropped in silence.
      for (const sk of res.skipped ?? []) out.append(h('p', { class: 'skipped' }, `Not read (characters ${sk.span[0]}–${sk.span[1]}): ${sk.reason}.`));
      for (const [i, c] of res.claims.entries()) {
        const box = h('article', { class: `claim ${c.verdict}`, 'data-verdict': c.verdict });
        box.append(
          h('p', {}, h('span', { class: `badge ${c.verdict}` }, LABEL[c.verdict]), ' ', h('strong', {}, c.claimed.text ?? c.type), ` — ${c.type}${c.metric ? `, ${c.metric}` : ''}`),
          h('p', {}, c.reason),
        );
        if (c.evidence.length) {
          const list = h('ul', {});
          for (const e of c.evidence) list.append(h('li', {}, `${fmt(e.value)} — ${e.period}${e.note ? ` (${e.note})` : ''} — ${e.source}, ${e.release}`));
          const sql = h('details', {}, h('summary', {}, 'Query'), h('pre', {}, c.evidence[0]!.query));
          box.append(list, sql);
        }
        out.append(box);
        if (c.metric && c.verdict !== 'unverifiable') {
          const where: Record<string, string> = {};
          for (const [k, v] of Object.entries(c.filters)) if (typeof v === 'string') where[k] = v;
          await chart(box, { id: `claim-${i}`, title: `The series behind it: ${c.metric}`, metric: c.metric, by: c.type === 'growth' || c.type === 'cumulative' || c.type === 'comparison' ? 'month' : 'year', where }, { controls: false });
        }
      }
    } catch (e) {
      out.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void run();
  });
  if (text.value) await run();
}

function highlighted(text: string, claims: Claim[]): HTMLElement {
  const p = h('blockquote', { class: 'checked-text' });
  let at = 0;
  const spans = [...new Map(claims.map((c) => [c.span.join(':'), c])).values()].sort((a, b) => a.span[0] - b.span[0]);
  for (const c of spans) {
    if (c.span[0] < at) continue;
    p.append(text.slice(at, c.span[0]));
    p.append(h('mark', { title: LABEL[c.verdict] }, text.slice(c.span[0], c.span[1])));
    at = c.span[1];
  }
  p.append(text.slice(at));
  return p;
}
