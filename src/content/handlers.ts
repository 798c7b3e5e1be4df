// The content script's answers to the worker: extract the page (or selection), highlight a story, clear it.
// Holds the last extraction's way back to the page; nothing here runs until the worker asks.
import type { ContentHandlers } from '@shared/messages';
import { extractPage } from './extract';
import { Highlighter, rangeFor } from './highlight';
import { selectedRange } from './selection';
import { layoutVisibility } from './visibility';
import type { RawBlock } from './walk';

export interface ContentSession {
  handlers: ContentHandlers;
  dispose(): void;
}

export function contentSession(doc: Document): ContentSession {
  let sources: RawBlock[] = [];
  const highlighter = new Highlighter(doc);
  const handlers: ContentHandlers = {
    extract({ maxChars }) {
      highlighter.clear();
      const range = selectedRange(doc);
      const now = () => performance.now();
      const result = extractPage(doc, { visibility: layoutVisibility(), range, ...(maxChars ? { maxChars } : {}), now });
      sources = result.sources;
      return result.extraction;
    },
    highlight({ span }) {
      const range = rangeFor(doc, sources, span);
      if (!range) return { ok: false };
      highlighter.show(range);
      return { ok: true };
    },
    clearHighlight() {
      highlighter.clear();
      return { ok: true };
    },
  };
  return {
    handlers,
    dispose() {
      highlighter.clear();
      sources = [];
    },
  };
}
