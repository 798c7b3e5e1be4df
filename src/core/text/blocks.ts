// Block input is segmented as text: blocks joined by a blank line, with offsets mapped back.
import type { Block, BlockPosition } from '../types';
import { lastAtOrBefore } from './search';

/** Blocks are joined by this separator; it belongs to no story. */
export const BLOCK_SEPARATOR = '\n\n';

export interface BlockText {
  text: string;
  /** starts[i] is the offset of block i in `text`. */
  starts: number[];
}

export function blocksToText(blocks: readonly Block[]): BlockText {
  const starts: number[] = [];
  let text = '';
  blocks.forEach((b, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    starts.push(text.length);
    text += b.text;
  });
  return { text, starts };
}

/** Maps an offset in the joined text to a block position (binary search over block starts). */
export function toBlockPosition(bt: BlockText, offset: number): BlockPosition {
  const block = lastAtOrBefore(bt.starts, offset);
  return { block, offset: offset - (bt.starts[block] ?? 0) };
}
