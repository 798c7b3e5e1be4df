// The content script's answers to the worker: extract the page (or selection), highlight a story, clear it.
// Holds the last extraction's way back to the page; nothing here runs until the worker asks.
import type { ContentHandlers } from '@shared/messages';
import { extractPageSliced } from '../extract/extract';
import { highlighter as makeHighlighter, rangeFor } from './highlight';
import { selectedRange } from './selection';
import { layoutVisibility } from '../extract/visibility';
import type { RawBlock } from '../extract/walk';

/**
 * The page is read in slices this long, handing the event loop back in between: the page never waits
 * for the extraction longer than a slice plus one step (issue 6 allows 50 ms).
 */
export const SLICE_MS = 8;

/** Back to the page's event loop: a message-channel task, which (unlike setTimeout) is never clamped to 4 ms. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

export interface ContentSession {
  handlers: ContentHandlers;
  dispose(): void;
}

export function contentSession(doc: Document): ContentSession {
  let sources: RawBlock[] = [];
  const highlighter = makeHighlighter(doc);
  const handlers: ContentHandlers = {
    async extract({ maxChars }) {
      highlighter.clear();
      const range = selectedRange(doc);
      const now = () => performance.now();
      const result = await extractPageSliced(doc, { visibility: layoutVisibility(), range, ...(maxChars ? { maxChars } : {}), now }, SLICE_MS, yieldToPage);
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
