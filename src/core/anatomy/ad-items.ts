// A native ad set like a teaser on a page: its linked title, then the label an ad carries right under it
// ("Sponsored", "AdChoices", "Anzeige"), then its pitch. In a story's body such a label is a slot between paragraphs
// and goes alone (furniture.ts); under a teaser-sized item's linked title it names the item itself. Read on pages
// only, where the title is a link of the page's own markup: an article's headline over an ad slot is a heading, not a
// link, and a pasted text keeps every story it holds.
import type { Block, StoryAnatomy, StorySpan } from '../types';
import type { LangData } from '../text/lang/anatomy/index';
import { TEASER_SECTION_MAX_WORDS } from '../text/shapes';
import { countWords } from '../text/words';
import { ENDS_ON_STOP } from '../text/ending';
import { lineNoise } from './furniture';

/** An icon font's glyph (private use) or a symbol beside the label ("AdChoices" and its triangle icon). */
const ICON = /[\p{Co}\p{So}]/gu;

/** A line that is an ad's label and nothing else, in the languages of `d` ("Sponsored", "AdChoices", "Anzeige"). */
export const isAdLabel = (line: string, d: LangData): boolean => lineNoise(line.replace(ICON, ''), d) === 'advertisement';

/** Where the ad label under a story's first line ends, when the story opens as an ad item's title and label; else -1.
 * A title that ends a sentence is no ad's: it is the end of a story the label slot came after. */
function adLabelEnd(raw: string, d: LangData): number {
  const line = /[^\n]*\S[^\n]*/g;
  const title = line.exec(raw);
  const label = title && line.exec(raw);
  return label && !ENDS_ON_STOP.test(title[0]) && !lineNoise(title[0], d) && isAdLabel(label[0], d) ? label.index + label[0].length : -1;
}

/** No longer than a teaser: an article's opening over an ad slot runs on. */
const teaserSized = (raw: string): boolean => countWords(raw, TEASER_SECTION_MAX_WORDS + 1) <= TEASER_SECTION_MAX_WORDS;

/** The page's block that opens the span (the first one ending past its start), by binary search. */
function blockAt(starts: readonly number[], blocks: readonly Block[], at: number): number {
  let lo = 0, hi = Math.min(starts.length, blocks.length);
  while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] + blocks[mid].text.length <= at) lo = mid + 1; else hi = mid; }
  return lo;
}

export interface AdSplit {
  spans: StorySpan[];
  /** `from[k]`: the found span each comes from. */
  from: number[];
  /** `ad[k]`: the span is an ad item, to be left out as advertisement. */
  ad: boolean[];
}

/**
 * The ad items among a page's spans. An ad item the engine ran into the story after it (the page's next heading under
 * the ad's pitch) is cut off at that heading, so the ad goes alone and the story after it stays.
 */
export function adItems(text: string, spans: readonly StorySpan[], d: LangData, blocks: readonly Block[], starts: readonly number[]): AdSplit {
  const out: AdSplit = { spans: [], from: [], ad: [] };
  const push = (s: StorySpan, k: number, ad: boolean) => { out.spans.push(s); out.from.push(k); out.ad.push(ad); };
  spans.forEach((s, k) => {
    const first = blockAt(starts, blocks, s.start);
    const title = blocks[first];
    const at = title?.isLink && title.headingLevel !== 1 ? adLabelEnd(text.slice(s.start, s.end), d) : -1;
    if (at < 0) return push(s, k, false);
    let cut = s.end;
    for (let i = first + 1; i < starts.length && starts[i] < s.end; i++) if (starts[i] >= s.start + at && blocks[i].headingLevel) { cut = starts[i]; break; }
    if (!teaserSized(text.slice(s.start, cut))) return push(s, k, false);
    push({ start: s.start, end: cut }, k, true);
    if (cut < s.end) push({ start: cut, end: s.end }, k, false);
  });
  return out;
}

/** What an ad item becomes: no text, all of it removed as the ad it is (segment.ts lists it as left out). */
export function adAnatomy(raw: string): StoryAnatomy {
  return { title: '', kicker: null, deck: null, headline: null, byline: null, dateline: null, clean_text: '', removed: [{ text: raw.trim(), reason: 'advertisement' }], truncated_end: false, truncated_start: false, flags: [], wordCount: 0 };
}
