// A native ad set like a teaser: its title, then the label an ad carries right under it ("Sponsored", "AdChoices",
// "Anzeige"), then its pitch. In a story's body such a label is a slot between paragraphs and goes alone
// (furniture.ts); under a teaser-sized item's title it names the item itself.
import type { Block, StorySpan } from '../types';
import { allLangData, type LangData } from '../text/lang/anatomy/index';
import { TEASER_SECTION_MAX_WORDS } from '../text/shapes';
import { countWords } from '../text/words';
import { lineNoise } from './furniture';

/** An icon font's glyph (private use) or a symbol beside the label ("AdChoices" and its triangle icon). */
const ICON = /[\p{Co}\p{So}]/gu;

/** A line that is an ad's label and nothing else, in any language we hold ("Sponsored", "AdChoices", "Anzeige"). */
export const isAdLabel = (line: string, d: LangData = allLangData()): boolean => lineNoise(line.replace(ICON, ''), d) === 'advertisement';

/** A line that ends a sentence is no ad's title: it is the end of a story the label slot came after. */
const SENTENCE_END = /[.…]["'”’»)]*\s*$/u;

/** Where the ad label under a story's first line ends, when the story opens as an ad item; else -1. */
function adLabelEnd(raw: string, d: LangData): number {
  const line = /[^\n]*\S[^\n]*/g;
  const title = line.exec(raw);
  const label = title && line.exec(raw);
  return label && !SENTENCE_END.test(title[0]) && !lineNoise(title[0], d) && isAdLabel(label[0], d) ? label.index + label[0].length : -1;
}

/** Is the story an ad: its second line an ad label, its title none, and no longer than a teaser? */
export function isAdItem(raw: string, d: LangData): boolean {
  return adLabelEnd(raw, d) >= 0 && countWords(raw, TEASER_SECTION_MAX_WORDS + 1) <= TEASER_SECTION_MAX_WORDS;
}

/**
 * An ad item the engine ran into the story after it (the page's next heading under the ad's pitch): the story is cut
 * at that heading, so the ad goes alone and the story after it stays. `from[k]` is the found span each comes from.
 */
export function splitAdItems(text: string, spans: readonly StorySpan[], d: LangData, blocks?: readonly Block[], starts?: readonly number[]): { spans: StorySpan[]; from: number[] } {
  const out: StorySpan[] = [];
  const from: number[] = [];
  let b = 0;
  spans.forEach((s, k) => {
    const at = blocks && starts ? adLabelEnd(text.slice(s.start, s.end), d) : -1;
    let cut = -1;
    if (at >= 0) {
      while (b < starts!.length && starts![b] < s.start + at) b++;
      for (let i = b; i < starts!.length && starts![i] < s.end && cut < 0; i++) if (blocks![i].headingLevel) cut = starts![i];
    }
    if (cut > 0) {
      out.push({ start: s.start, end: cut }, { start: cut, end: s.end });
      from.push(k, k);
    } else {
      out.push(s);
      from.push(k);
    }
  });
  return { spans: out, from };
}
