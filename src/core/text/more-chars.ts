// "… [+1234 chars]": the note a news aggregator puts where it cut a text. The text before it is cut, and a story ends
// there: anatomy takes the note out (furniture.ts), and boundary finding may read it as a story end.
import type { LangData } from './lang/anatomy/index';

/** Characters read from the end for the note: "[+123456 characters]" fits. */
const MARKER_READ_CHARS = 40;
const AT_END = new Map<string, RegExp>();

/** The note at the very end of a text, in the units of every language the data names ("chars", "Zeichen", "символов"). */
export function moreCharsAtEnd(d: LangData): RegExp {
  let re = AT_END.get(d.code);
  if (!re) {
    const units = d.moreCharsUnits.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`\\s*[[(]\\+\\s?\\d[\\d.,\\u00a0 ]{0,9}\\s?(?:${units})[)\\]]\\s*$`, 'iu');
    AT_END.set(d.code, re);
  }
  return re;
}

/** The text ends with the note: it was cut there. */
export const endsWithMoreChars = (text: string, d: LangData): boolean => moreCharsAtEnd(d).test(text.slice(-MARKER_READ_CHARS));
