// The lines a page sets above its first story, outside it: a site's tagline, a "last updated" stamp, a skip link's
// text, a breaking-news strip's label whose link went as chrome ("Holiday Baking Contest:"). The content script
// marked where its first story starts (a card, or the main article from its kicker on); a short line above it that
// is no heading, no link and no sentence is none of its text and no story of its own. Read from the blocks' shape
// alone, so any script and language: no words are listed.
import type { Block } from '@core/types';
import { wordsIn } from './card-sizes';
import { ENDS_ON_STOP } from '@core/text/ending';

/** A line of the page's top bar is a few words ("Last updated: Thursday, 21 October 2010, 00:17 GMT")… */
const TOP_LINE_MAX_WORDS = 12;
/** …and short in characters too: a script written without spaces has one "word" a line. */
const TOP_LINE_MAX_CHARS = 90;
/** A line mostly of links is a menu or a headline: other rules read those. */
const TOP_LINE_MAX_LINK_SHARE = 0.5;

function isTopLine(b: Block): boolean {
  const t = b.text.trim();
  return !b.headingLevel && !b.isLink && (b.linkDensity ?? 0) < TOP_LINE_MAX_LINK_SHARE && t.length <= TOP_LINE_MAX_CHARS && wordsIn(t) <= TOP_LINE_MAX_WORDS && !ENDS_ON_STOP.test(t);
}

/** How many of the page's first blocks are such lines: the leading run of them before the first block the page
 * gave to a story (Block.article). 0 when the page marked no story (a text the engine splits alone). */
export function pageTopLines(blocks: readonly Block[]): number {
  const first = blocks.findIndex((b) => b.article !== undefined);
  let n = 0;
  while (n < first && isTopLine(blocks[n])) n++;
  return n;
}
