/** The dashboard: a small router over pages that talk only to the API. */
import { chart } from './chart';
import { channel } from './pages/channel';
import { check } from './pages/check';
import { deaths } from './pages/deaths';
import { overview } from './pages/overview';
import { sources } from './pages/sources';
import { europe, uk, world } from './pages/topics';
import { measuresPage } from './pages/measures';

const PAGES: Record<string, (main: HTMLElement) => Promise<void>> = {
  '/': overview,
  '/channel': channel,
  '/deaths': deaths,
  '/uk': uk,
  '/europe': europe,
  '/world': world,
  '/measures': measuresPage,
  '/check': check,
  '/sources': sources,
  '/embed': embed,
};

async function embed(main: HTMLElement): Promise<void> {
  const p = new URLSearchParams(location.search);
  document.querySelector('header')?.remove();
  document.querySelector('footer')?.remove();
  const where: Record<string, string> = {};
  for (const [k, v] of p) if (k.startsWith('where.')) where[k.slice(6)] = v;
  await chart(main, { id: 'embed', title: p.get('title') ?? p.get('metric') ?? '', metric: p.get('metric') ?? '', by: p.get('by') ?? 'year', from: p.get('from') ?? undefined, to: p.get('to') ?? undefined, where }, { controls: false });
}

async function route(): Promise<void> {
  const main = document.getElementById('main')!;
  main.replaceChildren();
  const page = PAGES[location.pathname] ?? PAGES['/']!;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.pathname === location.pathname) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.page = location.pathname;
  delete document.body.dataset.ready;
  try {
    await page(main);
  } catch (e) {
    main.append(Object.assign(document.createElement('p'), { className: 'error', textContent: (e as Error).message }));
  }
  document.body.dataset.ready = 'true';
}

document.addEventListener('click', (ev) => {
  const a = (ev.target as HTMLElement).closest('a');
  if (!a || a.origin !== location.origin || a.hasAttribute('download') || !(a.pathname in PAGES) || a.pathname.startsWith('/api') || ev.metaKey || ev.ctrlKey) return;
  if (a.closest('.toolbar')) return;
  ev.preventDefault();
  history.pushState(null, '', a.href);
  void route();
});
window.addEventListener('popstate', () => void route());
void route();
