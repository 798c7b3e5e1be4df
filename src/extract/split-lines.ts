// Inside the main article, a line break (<br> in a paragraph) is never a story boundary. The engine reads
// a "\n" inside a block as a possible start, and the page's priors only reach block starts; so each line of
// an article block becomes a block of its own, and the article prior (core/hints.ts) covers every line.
import { countWords, type RawBlock } from './walk';

/** Splits the main article's multi-line blocks at their line breaks; other blocks are kept as they are. */
export function splitArticleLines(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const rb of blocks) {
    if (rb.block.article === undefined || !rb.block.text.includes('\n')) {
      out.push(rb);
      continue;
    }
    let from = 0;
    for (const line of rb.block.text.split('\n')) {
      const to = from + line.length;
      // A break comes from a <br>: the next line starts a new text node, so pieces split cleanly at `from`.
      const pieces = rb.pieces.filter((p) => p.start >= from && p.start < Math.max(to, from + 1)).map((p) => ({ ...p, start: p.start - from }));
      if (line.trim() && pieces.length) out.push({ ...rb, block: { ...rb.block, text: line }, pieces, words: countWords(line) });
      from = to + 1;
    }
  }
  return out;
}
