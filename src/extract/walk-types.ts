// What the page walk (walk.ts) works with and produces: blocks with the way back to their text nodes.
import type { Block, Region } from '@core/types';
import { LEAF_BLOCK_TAGS } from './tags';
import { attr } from './tree';
import type { Visibility } from './visibility';

/** A text node's share of a block: block text from `start` on comes from `node`, from raw offset `rawStart`. */
export interface Piece {
  node: Text;
  start: number;
  rawStart: number;
}

export interface RawBlock {
  block: Block;
  el: Element;
  pieces: Piece[];
  /** Ids of the enclosing elements, outermost first (capped), for finding content regions. */
  ancestors: number[];
  /** Id of the nearest container judged by content after the walk ("related", "sidebar"…), or -1. */
  group: number;
  words: number;
  /** Distinct links the block's text runs through (a menu line has many). */
  links: number;
  /** The first link the block's text runs through, or null: a card's headline link, read without a DOM query. */
  link: Element | null;
  /** Walk id of the heading element the block sits in, or -1: the lines of one heading share it. */
  headingId: number;
}

export interface WalkOptions {
  visibility: Visibility;
  /** Only text inside this range (the user's selection). */
  range?: Range | null;
  /** Skip nav, footers, cookie banners… while walking (off for a selection: the user chose it). */
  skipBoilerplate: boolean;
  maxChars: number;
  maxNodes: number;
}

export interface WalkResult {
  blocks: RawBlock[];
  omittedChars: number;
  nodes: number;
}

/** A block's heading level (1-6), or undefined: read in one place, asked often (the content script's size). */
export const levelOf = (rb: RawBlock): number | undefined => rb.block.headingLevel;
/** The share of a block's text inside links (0 when the walk counted none). */
export const linkShare = (rb: RawBlock): number => rb.block.linkDensity ?? 0;
/** The address of the link a block sits in ('' when none). */
export const hrefOf = (rb: RawBlock): string => attr(rb.link, 'href') ?? '';

/** How many outer ancestors two ancestor lists share. */
export function sharedAncestors(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  while (d < a.length && d < b.length && a[d] === b[d]) d++;
  return d;
}

/** Han, kana and Hangul run without spaces: about two characters make a word for the prose counts. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const CJK_CHARS_PER_WORD = 2;

/** Words in a block, for the prose and boilerplate counts: spaced tokens, plus CJK text by its length. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.split(/\s+/).length + Math.floor(cjk / CJK_CHARS_PER_WORD);
}

/** An open element of the walk. */
export interface Frame {
  el: Element | null;
  next: Node | null;
  list: ArrayLike<Node> | null;
  idx: number;
  id: number;
  seg: string;
  kids: number;
  region: Region;
  lang: string | undefined;
  heading: number;
  /** Walk id of the enclosing heading element, or -1. */
  headingId: number;
  caption: boolean;
  /** The nearest enclosing link, or null. */
  link: Element | null;
  group: number;
  /** Index in the stack of the innermost block-level frame (this one when it is block-level). */
  blockAt: number;
}

/** The block being built from inline text. */
export interface Building {
  text: string;
  /** The last character of `text` ('' when empty). Reading it off `text` itself would flatten the growing string
   * each time: a block of 200K lines joined by <br> took minutes (issue 16). */
  tail: string;
  frame: Frame;
  depth: number;
  pieces: Piece[];
  linkChars: number;
  links: number;
  lastLink: Element | null;
  firstLink: Element | null;
}

/** Paths keep the innermost segments only: enough to tell sibling cards apart, short enough to send. */
const MAX_PATH_SEGMENTS = 16;
/** Region finding looks at the outer ancestors only; deeper nesting adds nothing to it. */
const MAX_ANCESTORS = 64;
/** A block this much inside links is "one link" (a teaser headline). */
const IS_LINK_DENSITY = 0.9;

/** The finished block for the inline text `b` gathered under element `el`, with its hints. */
export function makeBlock(b: Building, text: string, el: Element, stack: readonly Frame[]): RawBlock {
  const f = b.frame;
  const tag = el.localName;
  const segs: string[] = [];
  const end = LEAF_BLOCK_TAGS.has(tag) ? b.depth : b.depth + 1;
  for (let i = Math.max(1, end - MAX_PATH_SEGMENTS); i < end; i++) segs.push(stack[i].seg);
  const ancestors: number[] = [];
  for (let i = 0; i <= b.depth && i < MAX_ANCESTORS; i++) ancestors.push(stack[i].id);
  const linkDensity = Math.min(1, b.linkChars / text.length);
  const block: Block = { text, tag, path: segs.join('/'), linkDensity: Math.round(linkDensity * 100) / 100, region: f.region };
  if (f.heading) block.headingLevel = f.heading;
  if (linkDensity >= IS_LINK_DENSITY) block.isLink = true;
  if (f.caption) block.isCaption = true;
  if (f.lang) block.lang = f.lang;
  return { block, el, pieces: b.pieces, ancestors, group: f.group, words: countWords(text), links: b.links, link: b.firstLink, headingId: f.headingId };
}

/** A container with more children than this is counted child by child when the caps leave it out. */
const COUNT_DESCEND_CHILDREN = 32;
/** Nodes counted between two looks at the clock. */
const COUNTS_PER_CLOCK_CHECK = 64;

/** Counts the characters of the nodes the caps left out, until the deadline; true once all are counted. */
export function countLeft(left: Node[], deadline: number, now: () => number, add: (chars: number) => void): boolean {
  for (let n = 1; left.length; n++) {
    if (n % COUNTS_PER_CLOCK_CHECK === 0 && now() >= deadline) return false;
    const node = left.pop() as Node;
    if (node.childNodes.length > COUNT_DESCEND_CHILDREN) for (let c = node.firstChild; c; c = c.nextSibling) left.push(c);
    else add(node.textContent?.length ?? 0);
  }
  return true;
}
