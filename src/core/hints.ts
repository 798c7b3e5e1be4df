// PLACEHOLDER (issue 8 fills this in): what the page's structure says about where stories start.
import type { Block } from './types';

export interface BlockPrior {
  /**
   * Log-odds that a story starts at this block, from page structure alone (headings, card containers,
   * captions…). 0 means the page says nothing. Index i is the gap before block i; index 0 is unused.
   */
  startLogOdds: number;
  /** The block is not story text (a caption, a credit): it belongs to the story around it. */
  attach: boolean;
}

export function blockPriors(blocks: readonly Block[]): BlockPrior[] {
  return blocks.map(() => ({ startLogOdds: 0, attach: false }));
}
