// The one place that decides what a page is: one main article (kept whole), or a listing of teaser cards
// (each card its own story, its small print in fields). Every other module asks; none decides on its own.
import type { Teaser as TeaserInfo } from '@shared/page';
import { markArticle, markMainArticle, MAIN_ARTICLE_ID, type ArticleDoc } from './article';
import type { Detection } from './detect';
import { keepStoryBlocks } from './keep';
import { readCard } from './teaser-fields';
import { findTeasers, MIN_TEASERS } from './teasers';
import type { RawBlock } from './walk';

export type PageKind = 'article' | 'listing' | 'text';

export interface PageRead {
  kind: PageKind;
  /** The story blocks, in page order. */
  blocks: RawBlock[];
  teasers: TeaserInfo[];
}

/**
 * Reads the walked blocks as one of three kinds:
 * - article: a main article (title over a body of prose) is marked whole, and the page is read as before;
 * - listing: at least MIN_TEASERS cards; each card's blocks get their own `article` id (the engine keeps
 *   a card whole and starts a story at each), and its small print moves into fields;
 * - text: neither (run-on text, a forum page): the engine finds the stories in the text.
 * `docOf` tells what the document says of itself; `base` is the page's address, for absolute links.
 */
export function readPage(walked: RawBlock[], docOf: (kept: readonly RawBlock[]) => ArticleDoc, det: Detection, base: string): PageRead {
  const kept = keepStoryBlocks(walked, det);
  if (markMainArticle(kept, docOf(kept))) return { kind: 'article', blocks: kept, teasers: [] };
  const scan = findTeasers(walked);
  if (scan.teasers.length < MIN_TEASERS) {
    markArticle(kept, det);
    return { kind: 'text', blocks: kept, teasers: [] };
  }
  const cards = scan.teasers.map((t) => ({ t, card: readCard(walked, t, base) }));
  // A card with text is a story whatever the chrome rules say of its container; a headline alone must
  // still pass them (a "Most read" list of links is dropped as before).
  const protect = new Set<number>();
  for (const { t, card } of cards) if (!card.fields.headline_only) for (let i = t.from; i < t.to; i++) protect.add(i);
  const drop = new Set<number>(scan.labels);
  for (const { card } of cards) for (const i of card.small) drop.add(i);
  const keptAll = new Set(keepStoryBlocks(walked, det, protect));
  const teasers: TeaserInfo[] = [];
  let section: string | undefined;
  let c = 0;
  let prevId: number | undefined;
  const blocks: RawBlock[] = [];
  walked.forEach((rb, i) => {
    if (scan.labels.has(i)) section = rb.block.text.trim();
    while (c < cards.length && cards[c].t.to <= i) c++;
    if (drop.has(i) || !keptAll.has(rb)) return;
    const at = cards[c];
    const id = at && at.t.from <= i && i < at.t.to ? MAIN_ARTICLE_ID + 1 + c : undefined;
    // A story starts at each card, and at whatever follows a card (a "Most read" list, a promo).
    if (id !== prevId) rb.block.startsStory = true;
    prevId = id;
    if (id !== undefined) {
      rb.block.article = id;
      if (teasers[teasers.length - 1]?.id !== id) teasers.push({ id, ...(section && !at.card.fields.section ? { section } : {}), ...at.card.fields });
    }
    blocks.push(id !== undefined ? (at.card.replace.get(i) ?? rb) : rb);
  });
  return { kind: 'listing', blocks, teasers };
}
