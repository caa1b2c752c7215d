/** The registry of sources, in the order an update loads them. */
import { eurostat } from './eurostat.js';
import { frontex } from './frontex.js';
import { iom } from './iom.js';
import { published } from './published.js';
import type { Source } from './types.js';
import { ukQuarterly } from './uk-quarterly.js';
import { ukSmallBoats } from './uk-small-boats.js';
import { unhcr } from './unhcr.js';

export const SOURCES: Source[] = [iom, ukSmallBoats, ukQuarterly, frontex, eurostat, unhcr, published];

export function sourceById(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id);
}
