/** The registry of sources, in the order an update loads them. */
import { iom } from './iom.js';
import type { Source } from './types.js';

export const SOURCES: Source[] = [iom];

export function sourceById(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id);
}
