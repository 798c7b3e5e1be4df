// Clean text for Copy: page furniture out (captions, credits, "Read more", ads, share buttons), joins repaired,
// whitespace normalised, every other character kept as written. Every removal is listed.
import type { Removal } from '../types';
import { allLangData, type LangData } from '../text/lang/anatomy/index';
import { CUT_MARKER, dropInlineAds, dropInlineCredits, dropNoiseLines, dropTail, lineNoise, type Tail } from './furniture';
import { splitSentences } from '../text/sentences';
import { singleSpaced } from '../text/spaces';

export { CUT_MARKER, lineNoise } from './furniture';
/** Cleaning passes over a text; each pass that removes something may expose more furniture. */
const MAX_CLEAN_ROUNDS = 4;
/** A full stop glued to a capital ("soon.In"): the only place a join can need repair. */
const GLUED_STOP = /[.!?。！？]["'”’“‘)\]]?\p{Lu}/u;

export interface Denoised {
  /** The story with furniture taken out; line breaks kept, whitespace not yet normalised. */
  text: string;
  removed: Removal[];
  /** How the page marked the story's end as cut, if it did. */
  tail: Tail;
}

/** Takes furniture out of a story. `cut` ranges (captions the page marked) are removed first. */
export function denoise(raw: string, d: LangData = allLangData(), cut: readonly [number, number][] = [], lang?: string): Denoised {
  const removed: Removal[] = [];
  let text = raw;
  for (const [s, e] of [...cut].sort((a, b) => b[0] - a[0])) {
    const piece = text.slice(s, e);
    if (piece.trim()) removed.push({ text: piece.trim(), reason: 'caption' });
    text = `${text.slice(0, s)}\n${text.slice(e)}`;
  }
  // Glued joins first, so a credit reads the same before and after cleaning ("AFPb.Read" is two words).
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = repairGlue(lines[i], lang);
  text = lines.join('\n');
  // Lines, credits inside lines ("he said. Photo: Getty Images Analysts say"), then the tail ("Read more", "…").
  // Repeated (a few times at most) because taking one out can expose another: "Photo: (Photo: AFP", "Share Read more".
  let tail: Tail = null;
  for (let round = 0; round < MAX_CLEAN_ROUNDS; round++) {
    const before = removed.length;
    text = dropInlineAds(dropInlineCredits(dropNoiseLines(text, d, removed), d, removed), d, removed);
    // Lines again only when something went: on the same text the second reading would find what the first found, nothing.
    if (removed.length > before) text = dropNoiseLines(text, d, removed);
    const t = dropTail(text, d, removed);
    text = t.text;
    if (t.tail === 'ellipsis' || !tail) tail = t.tail ?? tail;
    if (removed.length === before) break;
  }
  return { text, removed, tail };
}

/** Parts glued sentences ("soon.In the" becomes "soon. In the"); only a full stop glued to a capital can need it. */
export function repairGlue(line: string, lang?: string): string {
  if (!GLUED_STOP.test(line)) return line;
  let fixed = '';
  let last = 0;
  const ss = splitSentences(line, { lang });
  for (let i = 1; i < ss.length; i++) {
    if (ss[i].start === ss[i - 1].end) {
      fixed += `${line.slice(last, ss[i].start)} `;
      last = ss[i].start;
    }
  }
  return fixed + line.slice(last);
}

/** Paragraphs of a denoised text (glued sentences already parted): one a line, whitespace squashed. */
export function paragraphsOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const p = singleSpaced(line).trim();
    if (p) out.push(p);
  }
  return out;
}

/** Sentences a paragraph holds when flat text (no line breaks at all) is cut into paragraphs for reading. */
export const FLAT_PARAGRAPH_SENTENCES = 3;
const FURNITURE = allLangData();
/** Flat text shorter than this many sentences stays one paragraph. */
const MIN_FLAT_SENTENCES = 5;

/** Flat text ("…soon. In the…" with no line break) as paragraphs of a few sentences each; other text unchanged. */
export function groupFlat(paragraphs: string[], lang?: string): string[] {
  if (paragraphs.length !== 1) return paragraphs;
  const p = paragraphs[0];
  const ss = splitSentences(p, { lang });
  if (ss.length < MIN_FLAT_SENTENCES) return paragraphs;
  const out: string[] = [];
  let lastNoisy = false;
  for (let i = 0; i < ss.length; i += FLAT_PARAGRAPH_SENTENCES) {
    const last = ss[Math.min(ss.length, i + FLAT_PARAGRAPH_SENTENCES) - 1];
    const end = i + FLAT_PARAGRAPH_SENTENCES >= ss.length ? p.length : last.end;
    const piece = p.slice(i === 0 ? 0 : ss[i].start, end).trim();
    const noisy = !!lineNoise(piece, FURNITURE);
    // A paragraph that would read as furniture on its own line ("Photo: a man …") stays joined, so cleaning stays idempotent.
    if (out.length && (noisy || lastNoisy)) {
      out[out.length - 1] += ` ${piece}`;
      lastNoisy = !!lineNoise(out[out.length - 1], FURNITURE);
    } else {
      out.push(piece);
      lastNoisy = noisy;
    }
  }
  return out;
}

/** Cleans a piece of text on its own: furniture out, joins repaired, a cut marker for a trailing ellipsis. */
export function cleanText(raw: string, lang?: string): { text: string; removed: Removal[] } {
  const dn = denoise(raw, allLangData(), [], lang);
  const paras = paragraphsOf(dn.text);
  if (dn.tail === 'ellipsis' && paras.length) paras[paras.length - 1] += ` ${CUT_MARKER}`;
  return { text: paras.join('\n\n'), removed: dn.removed };
}
