// Built into a page-side bundle by the bench only: times our extraction + detection and Readability's
// parse() inside the same page. Never shipped.
import { Readability } from '@mozilla/readability';
import { extractPage } from '../../src/extract/extract';
import { layoutVisibility } from '../../src/extract/visibility';

const scope = globalThis as unknown as { __storysplitBench: { ours(): number; readability(): number; blocks(): number } };
scope.__storysplitBench = {
  ours() {
    const t0 = performance.now();
    extractPage(document, { visibility: layoutVisibility(), now: () => performance.now() });
    return performance.now() - t0;
  },
  readability() {
    // The clone is Readability's documented way to keep the page intact; only parse() is timed.
    const clone = document.cloneNode(true) as Document;
    const t0 = performance.now();
    new Readability(clone).parse();
    return performance.now() - t0;
  },
  blocks() {
    return extractPage(document, { visibility: layoutVisibility() }).extraction.blocks.length;
  },
};
