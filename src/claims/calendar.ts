/**
 * The events that "since …" phrases refer to: the measures calendar
 * (figures/measures.json), which also lists governments and ministers.
 */
import { effectiveDate, measures, type Citation } from '../measures/calendar.js';

export interface CalendarEvent {
  id: string;
  title: string;
  date: string;
  who: string[];
  countries: string[];
  phrases: string[];
  citations: Citation[];
}

let cached: CalendarEvent[] | null = null;

export function events(): CalendarEvent[] {
  cached ??= measures()
    .filter((m) => m.phrases.length > 0 && effectiveDate(m))
    .map((m) => ({ id: m.id, title: m.title, date: effectiveDate(m)!, who: m.who, countries: m.countries, phrases: m.phrases, citations: m.citations }));
  return cached;
}

let firsts: Set<string> | null = null;
let bare: Set<string> | null = null;

/** The words an event's phrase can start with, once "since" is taken off ("labour", "the", "taking"). */
export function eventFirstWords(): Set<string> {
  firsts ??= new Set(events().flatMap((e) => e.phrases.map((p) => p.replace(/^since /, '').split(/[ -]/)[0]!)));
  return firsts;
}

/** Every event's phrase without its "since" ("labour came to power"). */
export function eventPhrases(): Set<string> {
  bare ??= new Set(events().flatMap((e) => e.phrases.map((p) => p.replace(/^since /, ''))));
  return bare;
}

/**
 * The event a "since …" phrase refers to. First-person phrases ("since I became Prime
 * Minister", "since I launched the plan") need the speaker; the event must also have
 * happened before the claim.
 */
export function findEvent(phraseText: string, speaker: string | undefined, date: string, sentence = phraseText): { event: CalendarEvent; phrase: string } | null {
  // "since Rishi Sunak became the Prime Minister": an article before the office changes nothing.
  const lower = withoutArticles(phraseText.toLowerCase());
  const whole = sentence.toLowerCase();
  const spk = (speaker ?? '').toLowerCase();
  let best: { event: CalendarEvent; phrase: string; score: number } | null = null;
  for (const e of events()) {
    if (e.date >= date) continue;
    for (const phrase of e.phrases) {
      if (!lower.includes(withoutArticles(phrase))) continue;
      const firstPerson = /\b(i|we|my|our)\b/.test(phrase);
      const speakerMatches = e.who.some((w) => spk.includes(w.toLowerCase()));
      const namedInText = e.who.some((w) => whole.includes(w.toLowerCase()));
      if (firstPerson && !speakerMatches) continue;
      if (!firstPerson && !speakerMatches && !namedInText && !/labour|sunak|starmer|election|rwanda|france|border security/.test(phrase)) continue;
      // The most specific phrase wins; the speaker's own event over others; the latest of equals.
      const score = phrase.length + (speakerMatches ? 100 : 0) + (namedInText ? 50 : 0) + Number(e.date.replaceAll('-', '')) / 1e9;
      if (!best || score > best.score) best = { event: e, phrase, score };
    }
  }
  return best ? { event: best.event, phrase: best.phrase } : null;
}

export const withoutArticles = (s: string): string => s.replace(/\b(became|becoming|become|becomes|as) the (prime minister|home secretary|pm)\b/g, '$1 $2');
