// Huge inputs are segmented in chunks cut at block boundaries, so time stays linear, memory stays
// bounded, and a caller (the worker) can report progress and yield between chunks.
import { segment } from './segment';
import type { Block, LeftOut, SegmentOptions, SegmentResult, Story } from './types';
import { BLOCK_SEPARATOR } from './text/blocks';

/** Chunk size in characters: far above any real article (~30 KB), small enough to yield often. */
export const CHUNK_CHARS = 200_000;

export interface ChunkProgress {
  done: number;
  total: number;
}

/** A block ending like this ends a sentence: a chunk cut after it ends no story mid-way. */
const ENDS_SENTENCE = /[.!?…。！？]["”’»)\]」』]*\s*$/u;
/** A chunk is cut after a sentence-ending block found in its last (1 - this share); else after its last block. */
const MIN_CHUNK_SHARE = 0.5;

/**
 * Splits blocks into runs of about `chunkChars` characters, never inside a block, and where it can after a block
 * that ends a sentence: a chunk edge in mid-sentence would cut the story there in two.
 */
export function chunkBlocks(blocks: readonly Block[], chunkChars = CHUNK_CHARS): Block[][] {
  const chunks: Block[][] = [];
  let cur: Block[] = [];
  let size = 0;
  for (const b of blocks) {
    if (cur.length && size + b.text.length > chunkChars) {
      let cut = cur.length;
      for (let k = cur.length - 1, at = size; k > 0 && at > chunkChars * MIN_CHUNK_SHARE; k--) {
        if (ENDS_SENTENCE.test(cur[k].text)) { cut = k + 1; break; }
        at -= cur[k].text.length + BLOCK_SEPARATOR.length;
      }
      chunks.push(cur.slice(0, cut));
      cur = cur.slice(cut);
      size = cur.reduce((n, c) => n + c.text.length + BLOCK_SEPARATOR.length, 0);
    }
    cur.push(b);
    size += b.text.length + BLOCK_SEPARATOR.length;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}

/**
 * Segments blocks chunk by chunk. Yields progress after each chunk; returns the merged result with
 * offsets and block positions in terms of the whole input, exactly as one `segment` call would give.
 */
export function* segmentBlocksInChunks(blocks: readonly Block[], options: SegmentOptions = {}, chunkChars = CHUNK_CHARS): Generator<ChunkProgress, SegmentResult> {
  const chunks = chunkBlocks(blocks, chunkChars);
  const stories: Story[] = [];
  let lang = options.lang ?? 'und';
  let reason: string | undefined;
  const leftOut: LeftOut[] = [];
  let blockBase = 0;
  let charBase = 0;
  for (let i = 0; i < chunks.length; i++) {
    const r = segment({ blocks: chunks[i] }, options);
    lang = r.lang;
    reason ??= r.reason;
    for (const l of r.leftOut ?? []) leftOut.push({ ...l, start: l.start + charBase, end: l.end + charBase });
    for (const s of r.stories) {
      stories.push({
        ...s,
        start: s.start + charBase,
        end: s.end + charBase,
        ...(s.startPos ? { startPos: { block: s.startPos.block + blockBase, offset: s.startPos.offset } } : {}),
        ...(s.endPos ? { endPos: { block: s.endPos.block + blockBase, offset: s.endPos.offset } } : {}),
      });
    }
    blockBase += chunks[i].length;
    charBase += chunks[i].reduce((n, b) => n + b.text.length, 0) + chunks[i].length * BLOCK_SEPARATOR.length;
    yield { done: i + 1, total: chunks.length };
  }
  return { stories, lang, ...(leftOut.length ? { leftOut } : {}), ...(stories.length ? {} : { reason: reason ?? 'The text is empty.' }) };
}
