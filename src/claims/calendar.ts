/** The cited calendar of events that claims are dated against (figures/events.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export interface CalendarEvent {
  id: string;
  title: string;
  date: string;
  who: string[];
  roles: string[];
  phrases: string[];
  citations: { publisher: string; url: string; date: string; says: string }[];
}

let cached: CalendarEvent[] | null = null;
export function events(): CalendarEvent[] {
  if (!cached) cached = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'figures', 'events.json'), 'utf8')) as { events: CalendarEvent[] }).events;
  return cached;
}

/**
 * The event a "since …" phrase refers to. First-person phrases ("since I became Prime
 * Minister", "since I launched the plan") need the speaker; the event must also have
 * happened before the claim.
 */
export function findEvent(phraseText: string, speaker: string | undefined, date: string, sentence = phraseText): { event: CalendarEvent; phrase: string } | null {
  const lower = phraseText.toLowerCase();
  const whole = sentence.toLowerCase();
  const spk = (speaker ?? '').toLowerCase();
  let best: { event: CalendarEvent; phrase: string; score: number } | null = null;
  for (const e of events()) {
    if (e.date >= date) continue;
    for (const phrase of e.phrases) {
      if (!lower.includes(phrase)) continue;
      const firstPerson = /\b(i|we|my|our)\b/.test(phrase);
      const speakerMatches = e.who.some((w) => spk.includes(w.toLowerCase()));
      const namedInText = e.who.some((w) => whole.includes(w.toLowerCase()));
      if (firstPerson && !speakerMatches) continue;
      if (!firstPerson && !speakerMatches && !namedInText && !/labour|sunak|starmer|election/.test(phrase)) continue;
      const score = phrase.length + (speakerMatches ? 100 : 0) + (namedInText ? 50 : 0);
      if (!best || score > best.score) best = { event: e, phrase, score };
    }
  }
  return best ? { event: best.event, phrase: best.phrase } : null;
}
