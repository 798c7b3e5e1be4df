// The cheap detector: does the page hold news prose at all, and which container holds most of it?
// Counts only (words, punctuation, links) over blocks already extracted; no DOM access, no layout.
import { linkShare, type RawBlock } from './walk';

/** A prose paragraph has at least this many words… */
const PROSE_MIN_WORDS = 10;
/** …at most this share of its characters in links (teaser summaries are not links; menus are)… */
const PROSE_MAX_LINK_DENSITY = 0.35;
/** …unless it is one long link: a teaser summary inside a link-wrapped card. */
const LINKED_TEASER_MIN_WORDS = 15;
/** …and reads as sentences: some terminal punctuation, or long enough to be a cut teaser. */
const SENTENCE_END = /[.!?。！？…:;]/;
const LONG_UNPUNCTUATED_WORDS = 25;
/** …where in a linked line a colon is a headline's, after its kicker ("Storm season: ports close…"); the full stops of
 * scripts written without spaces count (their characters count as half a word each, so such a summary gets here). */
const LINKED_SENTENCE_END = /[.!?…。！？]/;
/** A page with this many prose words, in at least PROSE_FULL_BLOCKS paragraphs, is surely prose. */
const PROSE_FULL_WORDS = 150;
const PROSE_FULL_BLOCKS = 3;
/** The content root is the deepest container holding this share of the page's prose words. */
const CONTENT_SHARE = 0.75;

export function isProse(rb: RawBlock): boolean {
  const b = rb.block;
  if (b.headingLevel || b.isCaption || rb.words < PROSE_MIN_WORDS) return false;
  // A card wrapped in one link (<a><h3/><p/></a>) still holds prose; a menu line runs through many links.
  const linked = (b.linkDensity ?? 0) > PROSE_MAX_LINK_DENSITY;
  if (linked && (rb.links > 1 || rb.words < LINKED_TEASER_MIN_WORDS)) return false;
  return rb.words >= LONG_UNPUNCTUATED_WORDS || (linked ? LINKED_SENTENCE_END : SENTENCE_END).test(b.text);
}

export interface Detection {
  /** 0–1: how sure the page holds news prose. */
  score: number;
  proseBlocks: number;
  proseWords: number;
  /** Ancestor id of the deepest container holding CONTENT_SHARE of the prose, or -1 when none. */
  rootId: number;
  /** Depth of that container in the ancestor chain. */
  rootDepth: number;
}

export function detect(blocks: readonly RawBlock[]): Detection {
  let proseBlocks = 0;
  let proseWords = 0;
  let linkWords = 0;
  let allWords = 0;
  const weight = new Map<number, number>();
  const depthOf = new Map<number, number>();
  for (const rb of blocks) {
    allWords += rb.words;
    linkWords += rb.words * linkShare(rb);
    if (!isProse(rb)) continue;
    proseBlocks++;
    proseWords += rb.words;
    rb.ancestors.forEach((id, d) => {
      weight.set(id, (weight.get(id) ?? 0) + rb.words);
      depthOf.set(id, d);
    });
  }
  let rootId = -1;
  let rootDepth = -1;
  for (const [id, w] of weight) {
    const d = depthOf.get(id) ?? 0;
    if (w >= CONTENT_SHARE * proseWords && d > rootDepth) {
      rootId = id;
      rootDepth = d;
    }
  }
  const linked = allWords ? linkWords / allWords : 0;
  const amount = Math.min(1, proseWords / PROSE_FULL_WORDS) * Math.min(1, proseBlocks / PROSE_FULL_BLOCKS);
  const score = Math.round(amount * (1 - 0.5 * Math.max(0, linked - 0.5)) * 1000) / 1000;
  return { score, proseBlocks, proseWords, rootId, rootDepth };
}
