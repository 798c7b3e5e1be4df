// Loads fixture pages into a DOM for extraction tests: linkedom (the CLI's DOM) or happy-dom (richer APIs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { extractPage, type ExtractOptions, type PageExtraction } from '../../../src/extract/extract';
import { attributeVisibility } from '../../../src/extract/visibility';

export const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8');

export function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function happyDoc(html: string): Document {
  const window = new Window({ url: 'https://www.example.org/news/story' });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function extractFrom(doc: Document, opts: Partial<ExtractOptions> = {}): PageExtraction {
  return extractPage(doc, { visibility: attributeVisibility(doc), ...opts });
}

export const texts = (r: PageExtraction) => r.extraction.blocks.map((b) => b.text);
