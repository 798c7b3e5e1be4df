// What the page says about story starts, added to the text's own log-odds at each candidate: block priors
// (hints.ts) at block starts, furniture kept inside stories, and no start inside a main-article or <pre> block.
import type { Candidate } from './candidates';
import { blockPriors } from '../text/hints';
import type { Block } from '../types';

/** A block the page marks as furniture inside a story (caption, credit) can't have a story start at either side. */
const ATTACHED_BLOCK_PENALTY = -8;
/** Inside a block of the page's main article (Block.article) or a <pre> listing: the page says one text here (see hints.ts). */
const ONE_BLOCK_INSIDE = -20;

/** Adds what the page structure says about each block start to the candidate there. */
/** Adds `value` to candidate i's log-odds under a term name (find.ts's ledger). */
export type AddTerm = (i: number, name: string, value: number) => void;

export function pagePriors(cands: Candidate[], add: AddTerm, page: { blocks: readonly Block[]; starts: readonly number[] }): void {
  const priors = blockPriors(page.blocks);
  const byStart = new Map(cands.map((c, i) => [c.start, i]));
  // Candidates inside a main-article or <pre> block: both pointers move forward only, so this is linear.
  let k = 0;
  page.starts.forEach((start, b) => {
    const end = start + page.blocks[b].text.length;
    const whole = page.blocks[b].article !== undefined || page.blocks[b].tag === 'pre';
    while (k < cands.length && cands[k].start <= start) k++;
    for (; k < cands.length && cands[k].start < end; k++) if (whole) add(k, 'page: inside one article block', ONE_BLOCK_INSIDE);
  });
  page.starts.forEach((start, b) => {
    const p = priors[b];
    if (!p) return;
    const here = byStart.get(start);
    if (here !== undefined && b > 0) add(here, 'page: block start', p.startLogOdds);
    if (p.attach) {
      if (here !== undefined) add(here, 'page: furniture block', ATTACHED_BLOCK_PENALTY);
      const next = page.starts[b + 1] !== undefined ? byStart.get(page.starts[b + 1]) : undefined;
      if (next !== undefined) add(next, 'page: after furniture block', ATTACHED_BLOCK_PENALTY);
    }
  });
}
