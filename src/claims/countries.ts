/**
 * Country names in a sentence (Intl's English region names, plus common short forms).
 * A claim about one country that the reading does not filter by must not be checked
 * against a world or UK total.
 */
const EXTRA = ['Syria', 'Turkey', 'Türkiye', 'Iran', 'Russia', 'Vietnam', 'Viet Nam', 'Britain', 'Great Britain', 'UK', 'England', 'Scotland', 'Wales', 'USA', 'US', 'Congo', 'Czech Republic', 'Ivory Coast', 'Burma'];

let cached: RegExp | null = null;
function pattern(): RegExp {
  if (cached) return cached;
  const dn = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = new Set(EXTRA);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let n: string | undefined;
      try {
        n = dn.of(code);
      } catch {
        n = undefined;
      }
      if (!n || n === code || /Unknown|World|Union|Outlying|Pseudo|Nations|Europe|Latin America/.test(n)) continue;
      names.add(n.replace(/\s*\(.*\)$/, '').replace(/&/g, 'and'));
    }
  }
  const esc = [...names].filter((n) => n.length > 1).sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  cached = new RegExp(`(?<![\\w-])(${esc.join('|')})(?![\\w-])`, 'g');
  return cached;
}

export function countriesIn(s: string): string[] {
  const re = pattern();
  re.lastIndex = 0;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

/** Countries a metric's own scope already implies (the UK's figures, the Channel from France). */
export function impliedBy(metric: string): string[] {
  if (metric.startsWith('uk.')) return ['United Kingdom', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'France'];
  return [];
}
