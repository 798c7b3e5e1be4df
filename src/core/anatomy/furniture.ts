// Page furniture in story text: credit and caption lines, credits and ad labels inside running text,
// "Read more" links and a trailing ellipsis at the end. Each finder lists what it takes out.
import type { Removal } from '../types';
import type { LangData } from '../text/lang/anatomy/index';
import { findCredit, CREDIT_LABEL, isNamedCredit, mayHoldCreditLabel } from './credits';
import { moreCharsAtEnd } from '../text/more-chars';
import { lowerCase } from '../text/chars';

/** What a trailing "…" or "(...)" becomes: the editor's mark for words left out, so a reader sees the text is cut. */
export const CUT_MARKER = '[…]';
/** A caption or credit line is short; a long line that starts with "Photo" is prose. */
const MAX_CREDIT_LINE_WORDS = 25;
/** No caption or credit line is this long in characters; longer lines are prose and are not read further. */
const MAX_CREDIT_LINE_CHARS = 300;
/** Link, ad and share-bar lines are a few words at most ("Share on Facebook Twitter WhatsApp Email"). */
const MAX_FURNITURE_WORDS = 8;
/** Characters at the end of a text searched for a "Read more" link: longer than any link text. */
const READ_MORE_WINDOW = 80;
/** Characters at the end read for a marker or an arrow: both are a few characters long. */
const TAIL_READ_CHARS = 40;
/** Shorter ad labels ("Ad") are too common as words to take out of running text. */
const MIN_AD_WORD_CHARS = 5;
/** Punctuation and arrows around a "Read more" link. */
const LINK_DECOR = /^[\s›»→>|·•:.…-]+|[\s›»→>|·•:.…-]+$/gu;
/** "…", "...", ". . .", "(...)", "[…]" at the very end. */
const TAIL_ELLIPSIS = /\s*(?:[([]\s*(?:…|(?:\.\s?){3})\s*[)\]]|(?:\.\s?){3,}|…)\s*$/u;

export type Tail = 'ellipsis' | 'read_more' | null;

/** Arrows a link stands for on its own ("… has left her and »"); » also closes a quotation, so it is read with care. */
const LINK_ARROW_TAIL = /\s[»›→]\s*$/u;
/** Text read back from a trailing » for the « that would open its quotation: a quotation is shorter than this. */
const QUOTE_LOOKBACK_CHARS = 600;

/** Start of a lone link arrow at the end ("… and »"), or -1. A » that closes a « opened before it is a quotation mark. */
function arrowTail(t: string): number {
  const m = LINK_ARROW_TAIL.exec(t.slice(-TAIL_READ_CHARS));
  if (!m) return -1;
  const at = t.length - Math.min(t.length, TAIL_READ_CHARS) + m.index;
  if (m[0].trim() === '»') {
    const before = t.slice(Math.max(0, at - QUOTE_LOOKBACK_CHARS), at);
    if (before.lastIndexOf('«') > before.lastIndexOf('»')) return -1;
  }
  return at;
}

const norm = (s: string) => lowerCase(s).replace(LINK_DECOR, '').replace(/\s+/g, ' ');

/** Items of a row of links: "Order Reprints | Today's Paper | Subscribe", "Home • World • Sport". */
const LINK_ROW_SEPARATOR = /\s?\|\s?|\s[•·]\s/u;
/** LINK_ROW_SEPARATOR.test, after a plain search for its marks: most lines hold none, and the regex, whose match may
 * open on any space, reads a whole flat story to find that out. */
const hasLinkSeparator = (t: string): boolean => (t.includes('|') || t.includes('•') || t.includes('·')) && LINK_ROW_SEPARATOR.test(t);
/** A row needs this many items; each is a short label, not a clause. */
const LINK_ROW_MIN_ITEMS = 3;
const LINK_ROW_ITEM_WORDS = 4;

/**
 * A line of short labels between bars or bullets, none a sentence and none holding a figure: a row of links
 * (navigation, services), not text. A table row looks the same, so a line next to another barred line is kept.
 */
function isLinkRow(t: string, prev: string, next: string): boolean {
  if (!hasLinkSeparator(t) || hasLinkSeparator(prev) || hasLinkSeparator(next)) return false;
  const items = t.trim().split(LINK_ROW_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  return items.length >= LINK_ROW_MIN_ITEMS && items.every((x) => /\p{L}/u.test(x) && !/[\p{N}.!?:]/u.test(x) && x.split(/\s+/).length <= LINK_ROW_ITEM_WORDS);
}

/** Why a whole line is page furniture, or null. */
export function lineNoise(line: string, d: LangData): string | null {
  const t = line.trim();
  if (!t || t.length > MAX_CREDIT_LINE_CHARS) return null;
  const wordCount = t.split(/\s+/, MAX_CREDIT_LINE_WORDS + 1).length;
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
  if (isNamedCredit(t, d)) return 'photo_credit';
  return null;
}

/** Drops every line that is furniture on its own. */
export function dropNoiseLines(text: string, d: LangData, removed: Removal[]): string {
  const kept: string[] = [];
  const lines = text.split('\n');
  // The nearest non-blank line above and below each line, found in one pass each way.
  const above: string[] = [], below: string[] = [];
  for (let i = 0, last = ''; i < lines.length; i++) { above.push(last); if (lines[i].trim()) last = lines[i]; }
  for (let i = lines.length - 1, last = ''; i >= 0; i--) { below[i] = last; if (lines[i].trim()) last = lines[i]; }
  for (const [i, line] of lines.entries()) {
    const why = lineNoise(line, d) ?? (isLinkRow(line, above[i], below[i]) ? 'link_row' : null);
    if (why) removed.push({ text: line.trim(), reason: why });
    else kept.push(line);
  }
  return kept.join('\n');
}

/** Takes credits out of running text; returns the text unchanged when there is none. */
export function dropInlineCredits(text: string, d: LangData, removed: Removal[]): string {
  if (!mayHoldCreditLabel(text, d)) return text;
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

const AD_MARKS = new Map<string, RegExp>();
const AD_WORDS = new Map<string, RegExp>();

/** "… he said. Advertisement The company …": an ad label standing alone between two sentences. */
export function dropInlineAds(text: string, d: LangData, removed: Removal[]): string {
  let re = AD_MARKS.get(d.code);
  let quick = AD_WORDS.get(d.code);
  if (!re || !quick) {
    const words = [...d.advertisement].filter((w) => !w.includes(' ') && w.length >= MIN_AD_WORD_CHARS);
    const forms = words.flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
    re = new RegExp(`(?<=[.!?…"”’»][ \\t]+)(?:${forms})(?:[ \\t]+(?:${forms}))*(?=[ \\t]+["“„«\\p{Lu}]|[ \\t]*$)[ \\t]*`, 'gmu');
    AD_MARKS.set(d.code, re);
    quick = new RegExp(`(?:${forms})`, 'u');
    AD_WORDS.set(d.code, quick);
  }
  // A cheap look for the words first: the full pattern reads behind every position.
  if (!quick.test(text)) return text;
  return text.replace(re, (m) => { removed.push({ text: m.trim(), reason: 'advertisement' }); return ''; });
}

/** Takes "Read more" links and a trailing ellipsis off the end; a trailing ellipsis becomes the cut marker later. */
export function dropTail(text: string, d: LangData, removed: Removal[]): { text: string; tail: Tail } {
  let tail: Tail = null;
  let out = text;
  for (;;) {
    const t = out.trimEnd();
    const rm = readMoreTail(t, d);
    if (rm >= 0) {
      removed.push({ text: t.slice(rm).trim(), reason: 'read_more' });
      out = t.slice(0, rm);
      tail = tail ?? 'read_more';
      continue;
    }
    const chars = moreCharsAtEnd(d).exec(t.slice(-TAIL_READ_CHARS));
    if (chars) {
      const at = t.length - chars[0].length;
      removed.push({ text: t.slice(at).trim(), reason: 'more_chars' });
      // The aggregator says the text goes on: cut, whether or not an ellipsis stands before the marker.
      out = t.slice(0, at);
      tail = 'ellipsis';
      continue;
    }
    const row = linkRowTail(t);
    if (row >= 0) {
      removed.push({ text: t.slice(row).trim(), reason: 'link_row' });
      out = t.slice(0, row);
      continue;
    }
    const arrow = arrowTail(t);
    if (arrow >= 0) {
      removed.push({ text: t.slice(arrow).trim(), reason: 'read_more' });
      out = t.slice(0, arrow);
      tail = tail ?? 'read_more';
      continue;
    }
    if (t.endsWith(` ${CUT_MARKER}`) || t === CUT_MARKER) return { text: t.slice(0, -CUT_MARKER.length).trimEnd(), tail: 'ellipsis' };
    const base = Math.max(0, t.length - READ_MORE_WINDOW);
    const e = TAIL_ELLIPSIS.exec(t.slice(base));
    if (!e) return { text: out, tail };
    let body = t.slice(0, base + e.index);
    let dots = e[0].trim();
    // "instrucción...." is a full stop and an ellipsis: the full stop stays with the sentence.
    if (/^\.{4,}$/.test(dots) && /[\p{L}\p{N}"”’)]$/u.test(body)) { body += '.'; dots = dots.slice(1); }
    removed.push({ text: dots, reason: 'ellipsis' });
    return { text: body, tail: 'ellipsis' };
  }
}

/** A row of links is read this far back from the end. */
const LINK_ROW_TAIL_CHARS = 160;
/** Start of a row of links after the last sentence ("…Against Winter. Order Reprints | Today's Paper | Subscribe"), or -1. */
function linkRowTail(t: string): number {
  const base = Math.max(0, t.length - LINK_ROW_TAIL_CHARS);
  const end = t.slice(base);
  if (!LINK_ROW_SEPARATOR.test(end)) return -1;
  const stop = /[.!?…]["”’»)]*\s+(?=\S)/gu;
  let at = -1;
  for (let m = stop.exec(end); m; m = stop.exec(end)) at = m.index + m[0].length;
  // After a sentence, bullets more often set out a list of facts: only bars make a row of links there.
  const row = end.slice(at);
  return at > 0 && row.includes('|') && isLinkRow(row, '', '') ? base + at : -1;
}

/** Start of a "Read more" link at the end of the text, or -1. The link is written with a capital. */
function readMoreTail(t: string, d: LangData): number {
  // Only the end is read, so a text of many links costs no more than its length.
  const base = Math.max(0, t.length - READ_MORE_WINDOW);
  const end = t.slice(base);
  const low = lowerCase(end).replace(/[\s›»→>|·•:.…]+$/u, '');
  for (const p of d.readMore) {
    if (!low.endsWith(p)) continue;
    const at = low.length - p.length;
    if (!/\p{Lu}/u.test(end[at] ?? '')) continue;
    const prev = end[at - 1];
    if (base + at === 0 || /[\s\p{Ll}.!?…"”’)\]]/u.test(prev ?? '')) return base + at;
  }
  return -1;
}
