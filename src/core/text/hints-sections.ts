// Helpers of the page priors (hints.ts): container paths, heads, and the sections and shapes they open.
import type { Block } from '../types';
import { TEASER_SECTION_MAX_WORDS } from './shapes';

/** A head whose section has the same shape as at least REPEAT_MIN others (head, byline, teaser…): a card list. */
const REPEAT_MIN = 3;
/** Blocks of a section that make up its shape. */
const SHAPE_BLOCKS = 5;
/** A short link block, under this many characters, can be a headline. */
const LINK_HEAD_MAX_CHARS = 160;
/** Table parts: sibling rows and cells are data, not cards. */
const TABLE_SEGMENT = /^(?:tr|td|th|tbody|thead|tfoot)\b/;

export const stripIndex = (seg: string) => seg.replace(/\[\d+\]$/, '');

export function segsOf(b: Block): string[] {
  return b.path ? b.path.split('/') : [];
}

/** How many consecutive blocks from `from` (stepping by `step`) sit under the path prefix `prefix`. */
export function itemRun(paths: string[][], from: number, step: 1 | -1, prefix: string[]): { len: number; first: number } {
  let i = from;
  let first = from;
  while (i >= 0 && i < paths.length && prefix.every((s, k) => paths[i][k] === s)) {
    first = i;
    i += step;
  }
  return { len: Math.abs(i - from), first };
}

/** The path prefix of the innermost <article> element around a block, or null. */
export function articleKey(segs: string[]): string | null {
  for (let k = segs.length - 1; k >= 0; k--) if (segs[k].startsWith('article')) return segs.slice(0, k + 1).join('/');
  return null;
}

export function isHead(b: Block): boolean {
  return !!b.headingLevel || (!!b.isLink && b.text.length <= LINK_HEAD_MAX_CHARS);
}

const wordCounts = new WeakMap<Block, number>();
export function words(b: Block): number {
  let n = wordCounts.get(b);
  if (n === undefined) {
    n = 0;
    for (let i = 0, inWord = false; i < b.text.length; i++) {
      const space = b.text.charCodeAt(i) <= 32;
      if (!space && !inWord) n++;
      inWord = !space;
    }
    wordCounts.set(b, n);
  }
  return n;
}

/**
 * Words of the section around head i, back to the previous head or on to the next one. Counting stops
 * past TEASER_SECTION_MAX_WORDS, the only size the callers ask about, so the cost stays bounded.
 */
export function sectionWords(blocks: readonly Block[], i: number, step: 1 | -1): number {
  let n = 0;
  for (let k = i + step; k >= 0 && k < blocks.length && !isHead(blocks[k]) && n <= TEASER_SECTION_MAX_WORDS; k += step) n += words(blocks[k]);
  return n;
}

/** The shape of the section a head opens: the kinds of its blocks up to the next head. */
function shapeOf(blocks: readonly Block[], i: number): string {
  const kinds: string[] = [];
  for (let k = i; k < blocks.length && kinds.length < SHAPE_BLOCKS && (k === i || !isHead(blocks[k])); k++) {
    const b = blocks[k];
    kinds.push(`${b.tag ?? ''}${b.headingLevel ?? ''}${b.isLink ? 'L' : ''}`);
  }
  return kinds.join(',');
}

/** Heads whose section shape repeats often enough to call the page a list of cards. */
export function repeatedHeads(blocks: readonly Block[]): Set<number> {
  const byShape = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    if (!isHead(b) || i + 1 >= blocks.length || isHead(blocks[i + 1]) || sectionWords(blocks, i, 1) > TEASER_SECTION_MAX_WORDS) return;
    const shape = shapeOf(blocks, i);
    const list = byShape.get(shape);
    if (list) list.push(i);
    else byShape.set(shape, [i]);
  });
  const out = new Set<number>();
  for (const heads of byShape.values()) if (heads.length >= REPEAT_MIN) for (const i of heads) out.add(i);
  return out;
}

export type Change = 'same' | 'nested' | 'siblings' | 'table' | 'other';

export function changeOf(a: string[], b: string[]): { kind: Change; depth: number } {
  let d = 0;
  while (d < a.length && d < b.length && a[d] === b[d]) d++;
  if (d === a.length && d === b.length) return { kind: 'same', depth: d };
  if (d === a.length || d === b.length) return { kind: 'nested', depth: d };
  if (stripIndex(a[d]) !== stripIndex(b[d])) return { kind: 'other', depth: d };
  return { kind: TABLE_SEGMENT.test(a[d]) ? 'table' : 'siblings', depth: d };
}

