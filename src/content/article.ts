// Is the page's content root one headed article? Then its blocks are marked region "article", which tells
// the engine's priors (core/hints.ts) that they hold one story unless the text says otherwise.
import { isProse, type Detection } from './detect';
import type { RawBlock } from './walk';

/** A full article has at least this many prose words in its content root. */
const ARTICLE_MIN_PROSE_WORDS = 150;
/** Heads (headings, link headlines) allowed per prose paragraph before the root looks like a card list. */
const HEADS_PER_PARAGRAPH = 0.25;
/** A few subheads are always allowed. */
const MIN_HEADS_ALLOWED = 2;

const isHead = (rb: RawBlock) => !!rb.block.headingLevel || !!rb.block.isLink;

/** Marks the content root's blocks as one article when a top heading opens prose with few other heads. */
export function markArticle(blocks: RawBlock[], det: Detection): void {
  if (det.rootId < 0) return;
  const inside = blocks.map((rb) => rb.ancestors[det.rootDepth] === det.rootId);
  const first = inside.indexOf(true);
  if (first < 0) return;
  let heads = 0;
  let paragraphs = 0;
  let words = 0;
  blocks.forEach((rb, i) => {
    if (!inside[i]) return;
    if (isHead(rb)) heads++;
    else if (isProse(rb)) {
      paragraphs++;
      words += rb.words;
    }
  });
  const titled = blocks.slice(0, first + 3).some((rb) => rb.block.headingLevel === 1);
  if (!titled || words < ARTICLE_MIN_PROSE_WORDS || heads > Math.max(MIN_HEADS_ALLOWED, HEADS_PER_PARAGRAPH * paragraphs)) return;
  blocks.forEach((rb, i) => {
    if (inside[i] && rb.block.region !== 'aside') rb.block.region = 'article';
  });
}
