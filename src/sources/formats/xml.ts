/**
 * A SAX parser set up safely for publishers' XML: any DOCTYPE is refused, so no
 * entity expansion (billion laughs) and no external entities can happen.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fileError } from '../../errors.js';

export interface SaxHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export function parseXml(xml: string, file: string, part: string, h: SaxHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw fileError('UNSAFE_XML', { file }, `${part} has a DOCTYPE declaration; spreadsheets never need one and it could expand entities, so it is refused`);
  });
  if (h.open) parser.on('opentag', h.open);
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (t) => close(t.name));
  }
  if (h.text) {
    const text = h.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof Error && e.name === 'CrossingsError') throw e;
    throw fileError('FILE_UNREADABLE', { file }, `${part} is not well-formed XML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, e);
  }
}
