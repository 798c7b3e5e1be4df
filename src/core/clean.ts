// Clean text for Copy: page furniture out (captions, credits, "Read more", ads, share buttons), joins repaired,
// whitespace normalised, every other character kept as written. Every removal is listed.
import type { Removal } from './types';
import { allLangData, type LangData } from './lang/anatomy/index';
import { findCredit, CREDIT_LABEL } from './credits';
import { splitSentences } from './sentences';

/** What a trailing "…" or "(...)" becomes: the editor's mark for words left out, so a reader sees the text is cut. */
export const CUT_MARKER = '[…]';
/** A caption or credit line is short; a long line that starts with "Photo" is prose. */
const MAX_CREDIT_LINE_WORDS = 25;
/** Characters at the end of a text searched for a "Read more" link: longer than any link text. */
const READ_MORE_WINDOW = 80;
/** Cleaning passes over a text; each pass that removes something may expose more furniture. */
const MAX_CLEAN_ROUNDS = 4;
/** Link, ad and share-bar lines are a few words at most ("Share on Facebook Twitter WhatsApp Email"). */
const MAX_FURNITURE_WORDS = 8;
/** Punctuation and arrows around a "Read more" link. */
const LINK_DECOR = /^[\s›»→>|·•:.…-]+|[\s›»→>|·•:.…-]+$/gu;
/** "…", "...", ". . .", "(...)", "[…]" at the very end. */
const TAIL_ELLIPSIS = /\s*(?:[([]\s*(?:…|(?:\.\s?){3})\s*[)\]]|(?:\.\s?){3,}|…)\s*$/u;

export type Tail = 'ellipsis' | 'read_more' | null;

export interface Denoised {
  /** The story with furniture taken out; line breaks kept, whitespace not yet normalised. */
  text: string;
  removed: Removal[];
  /** How the page marked the story's end as cut, if it did. */
  tail: Tail;
}

const norm = (s: string) => s.toLowerCase().replace(LINK_DECOR, '').replace(/\s+/g, ' ');

/** Why a whole line is page furniture, or null. */
function lineNoise(line: string, d: LangData): string | null {
  const t = line.trim();
  if (!t) return null;
  const wordCount = t.split(/\s+/).length;
  if (wordCount > MAX_CREDIT_LINE_WORDS) return null;
  if (wordCount <= MAX_FURNITURE_WORDS) {
    const n = norm(t);
    if (d.readMore.includes(n)) return 'read_more';
    if (d.advertisement.has(n)) return 'advertisement';
    if (d.share.has(n) || n.split(/[\s|·•,/]+/).every((w) => d.share.has(w))) return 'share';
  }
  if (/^\(?©/.test(t)) return 'photo_credit';
  const label = CREDIT_LABEL(d).exec(t);
  if (label && label.index === 0) return /caption|legende|légende|bildunterschrift/i.test(label[0]) ? 'caption' : 'photo_credit';
  const credit = findCredit(t, 0, true);
  if (credit && credit.end >= t.length) return 'photo_credit';
  return null;
}

function dropNoiseLines(text: string, d: LangData, removed: Removal[]): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const why = lineNoise(line, d);
    if (why) removed.push({ text: line.trim(), reason: why });
    else kept.push(line);
  }
  return kept.join('\n');
}

/** Takes credits out of running text; returns the text unchanged when there is none. */
function dropInlineCredits(text: string, d: LangData, removed: Removal[]): string {
  const label = CREDIT_LABEL(d);
  let out = '';
  let from = 0;
  for (const m of text.matchAll(label)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const credit = findCredit(text, at + m[0].length, false);
    if (!credit) continue;
    let end = credit.end;
    const open = text[at - 1] === '(' ? at - 1 : at;
    if (open < at && text[end] === ')') end++;
    const before = text.slice(from, open);
    const atBreak = from + before.length === 0 || /(^|[.!?…"”’»)])\s*$/u.test(before.slice(-20));
    removed.push({ text: text.slice(open, end).trim(), reason: 'photo_credit' });
    out += before.replace(/[ \t]+$/, '') + (atBreak ? '\n' : ' ');
    from = end;
    while (text[from] === ' ' || text[from] === '\t') from++;
  }
  return from ? out + text.slice(from) : text;
}

/** Takes furniture out of a story. `cut` ranges (captions the page marked) are removed first. */
export function denoise(raw: string, d: LangData = allLangData(), cut: readonly [number, number][] = []): Denoised {
  const removed: Removal[] = [];
  let text = raw;
  for (const [s, e] of [...cut].sort((a, b) => b[0] - a[0])) {
    const piece = text.slice(s, e);
    if (piece.trim()) removed.push({ text: piece.trim(), reason: 'caption' });
    text = `${text.slice(0, s)}\n${text.slice(e)}`;
  }
  text = dropNoiseLines(text, d, removed);
  // Credits inside a line: "he said. Photo: Getty Images Analysts say", "culture\".Photo: AFPHe said".
  // Repeated (a few times at most) because taking one out can expose another: "Photo: (Photo: AFP".
  for (let round = 0; round < MAX_CLEAN_ROUNDS; round++) {
    const before = removed.length;
    // Taking a credit out can leave a line that is furniture on its own ("(Photo: AP) AFP").
    text = dropNoiseLines(dropInlineCredits(text, d, removed), d, removed);
    if (removed.length === before) break;
  }
  // The tail: "Read more", then "…".
  let tail: Tail = null;
  for (;;) {
    const t = text.trimEnd();
    const rm = readMoreTail(t, d);
    if (rm >= 0) {
      removed.push({ text: t.slice(rm).trim(), reason: 'read_more' });
      text = t.slice(0, rm);
      tail = tail ?? 'read_more';
      continue;
    }
    if (t.endsWith(` ${CUT_MARKER}`)) {
      tail = 'ellipsis';
      text = t.slice(0, -CUT_MARKER.length - 1);
      break;
    }
    const base = Math.max(0, t.length - READ_MORE_WINDOW);
    const e = TAIL_ELLIPSIS.exec(t.slice(base));
    if (e) {
      let body = t.slice(0, base + e.index);
      let dots = e[0].trim();
      // "instrucción...." is a full stop and an ellipsis: the full stop stays with the sentence.
      if (/^\.{4,}$/.test(dots) && /[\p{L}\p{N}"”’)]$/u.test(body)) { body += '.'; dots = dots.slice(1); }
      removed.push({ text: dots, reason: 'ellipsis' });
      text = body;
      tail = 'ellipsis';
      break;
    }
    break;
  }
  return { text, removed, tail };
}

/** Start of a "Read more" link at the end of the text, or -1. The link is written with a capital. */
function readMoreTail(t: string, d: LangData): number {
  // Only the end is read, so a text of many links costs no more than its length.
  const base = Math.max(0, t.length - READ_MORE_WINDOW);
  const end = t.slice(base);
  const low = end.toLowerCase().replace(/[\s›»→>|·•:.…]+$/u, '');
  for (const p of d.readMore) {
    if (!low.endsWith(p)) continue;
    const at = low.length - p.length;
    if (!/\p{Lu}/u.test(end[at] ?? '')) continue;
    const prev = end[at - 1];
    if (base + at === 0 || /[\s\p{Ll}.!?…"”’)\]]/u.test(prev ?? '')) return base + at;
  }
  return -1;
}

/** Paragraphs of a denoised text: one a line, whitespace squashed, glued sentences ("soon.In the") parted. */
export function paragraphsOf(text: string, lang?: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const p = line.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    let fixed = '';
    let last = 0;
    const ss = splitSentences(p, { lang });
    for (let i = 1; i < ss.length; i++) {
      if (ss[i].start === ss[i - 1].end) {
        fixed += `${p.slice(last, ss[i].start)} `;
        last = ss[i].start;
      }
    }
    out.push(fixed + p.slice(last));
  }
  return out;
}

/** Cleans a piece of text on its own: furniture out, joins repaired, a cut marker for a trailing ellipsis. */
export function cleanText(raw: string, lang?: string): { text: string; removed: Removal[] } {
  const dn = denoise(raw);
  const paras = paragraphsOf(dn.text, lang);
  if (dn.tail === 'ellipsis' && paras.length) paras[paras.length - 1] += ` ${CUT_MARKER}`;
  return { text: paras.join('\n\n'), removed: dn.removed };
}
