// One iterative pass over the DOM (no recursion: 5,000-deep pages must not overflow the stack) that turns
// visible inline text into paragraph-like blocks with hints, and remembers the text nodes behind each block.
import type { Block, Region } from '@core/types';
import { elementVerdict } from './boilerplate';
import { BLOCK_TAGS, BR_INSIDE_TAGS, LANDMARK_ROLES, LANDMARK_TAGS, LEAF_BLOCK_TAGS, SKIP_TAGS, headingLevelOf, tagSet } from './tags';
import { CAPTION_CLASS, childrenOf, segmentOf } from './tree';
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

/** Paths keep the innermost segments only: enough to tell sibling cards apart, short enough to send. */
const MAX_PATH_SEGMENTS = 16;
/** Region finding looks at the outer ancestors only; deeper nesting adds nothing to it. */
const MAX_ANCESTORS = 64;
/** Han, kana and Hangul run without spaces: about two characters make a word for the prose counts. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const CJK_CHARS_PER_WORD = 2;

/** Words in a block, for the prose and boilerplate counts: spaced tokens, plus CJK text by its length. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.split(/\s+/).length + Math.floor(cjk / CJK_CHARS_PER_WORD);
}

/** Page-level containers are never captions, whatever feature flags their class names carry. */
const CONTAINER_TAGS = tagSet('html body main article section');
/** A block this much inside links is "one link" (a teaser headline). */
const IS_LINK_DENSITY = 0.9;

interface Frame {
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
  caption: boolean;
  /** The nearest enclosing link, or null. */
  link: Element | null;
  group: number;
  /** Index in the stack of the innermost block-level frame (this one when it is block-level). */
  blockAt: number;
}

interface Building {
  text: string;
  frame: Frame;
  depth: number;
  pieces: Piece[];
  linkChars: number;
  links: number;
  lastLink: Element | null;
}

export function walk(root: Element, opts: WalkOptions): WalkResult {
  const { visibility, range, skipBoilerplate } = opts;
  const blocks: RawBlock[] = [];
  const stack: Frame[] = [];
  let nextId = 0;
  let chars = 0;
  let nodes = 0;
  let cur: Building | null = null;
  let pendingSpace = false;
  let stopped = false;

  const rootLang = root.closest?.('[lang]')?.getAttribute('lang') || undefined;
  const top: Frame = { el: root, next: null, list: null, idx: 0, id: nextId++, seg: '', kids: 0, region: 'other', lang: rootLang, heading: 0, caption: false, link: null, group: -1, blockAt: 0 };
  const rc = childrenOf(root, root.localName);
  top.next = rc.first;
  top.list = rc.list;
  stack.push(top);

  const flush = () => {
    const b = cur;
    cur = null;
    pendingSpace = false;
    if (!b) return;
    const text = b.text.replace(/\s+$/, '');
    if (!text) return;
    const f = b.frame;
    const el = f.el ?? root;
    if (!range && visibility.hiddenBlock(el)) return;
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
    chars += text.length;
    blocks.push({ block, el, pieces: b.pieces, ancestors, group: f.group, words: countWords(text), links: b.links });
  };

  const appendText = (node: Text, data: string, rawStart: number, frame: Frame) => {
    const norm = data.replace(/\s+/g, ' ');
    if (norm === '' || norm === ' ') {
      if (norm && cur) pendingSpace = true;
      return;
    }
    let t = norm;
    let raw = rawStart;
    if (t[0] === ' ') {
      pendingSpace = true;
      t = t.slice(1);
      raw += data.length - data.replace(/^\s+/, '').length;
    }
    const trailing = t.endsWith(' ');
    if (trailing) t = t.slice(0, -1);
    if (!cur) cur = { text: '', frame: stack[frame.blockAt], depth: frame.blockAt, pieces: [], linkChars: 0, links: 0, lastLink: null };
    if (pendingSpace && cur.text && !/\s$/.test(cur.text)) cur.text += ' ';
    pendingSpace = trailing;
    cur.pieces.push({ node, start: cur.text.length, rawStart: raw });
    cur.text += t;
    if (frame.link) {
      cur.linkChars += t.length;
      if (cur.lastLink !== frame.link) cur.links++;
      cur.lastLink = frame.link;
    }
  };

  while (stack.length && !stopped) {
    const f = stack[stack.length - 1];
    const node: Node | null = f.list ? (f.idx < f.list.length ? f.list[f.idx++] : null) : f.next;
    if (!node) {
      if (f.blockAt === stack.length - 1) flush(); // leaving a block-level element ends its block
      stack.pop();
      continue;
    }
    if (!f.list) f.next = node.nextSibling;
    if (++nodes > opts.maxNodes || chars > opts.maxChars) {
      stopped = true;
      if (!f.list) f.next = node;
      else f.idx--;
      break;
    }
    if (node.nodeType === 3) {
      if (range && !range.intersectsNode(node)) continue;
      let data = (node as Text).data;
      let rawStart = 0;
      if (range) {
        if (node === range.endContainer) data = data.slice(0, range.endOffset);
        if (node === range.startContainer) {
          rawStart = range.startOffset;
          data = data.slice(rawStart);
        }
      }
      appendText(node as Text, data, rawStart, f);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    f.kids++;
    const bare = !el.hasAttributes(); // most elements: every attribute read below can be skipped
    if (SKIP_TAGS.has(tag) || visibility.hiddenElement(el, bare)) continue;
    if (range && !range.intersectsNode(el)) continue;
    if (tag === 'br') {
      if (!cur) continue;
      const c: Building = cur;
      if (c.text.endsWith('\n')) {
        c.text = c.text.slice(0, -1);
        flush();
      } else if (BR_INSIDE_TAGS.has(c.frame.el?.localName ?? '')) {
        c.text = c.text.replace(/ $/, '') + '\n';
        pendingSpace = false;
      } else flush();
      continue;
    }
    const role = bare ? null : el.getAttribute('role');
    const cls = bare ? null : el.getAttribute('class');
    const landmark = LANDMARK_TAGS[tag] ?? (role ? LANDMARK_ROLES[role] : undefined);
    let region = f.region;
    // As in HTML's landmark rules: a header or footer inside main/article/aside belongs to that, not to the site.
    if (landmark) region = (landmark === 'header' || landmark === 'footer') && f.region !== 'other' ? f.region : landmark;
    let group = f.group;
    if (skipBoilerplate) {
      const verdict = elementVerdict(el, tag, f.region, cls, bare);
      if (verdict === 'skip') continue;
      if (verdict === 'group') group = nextId;
    }
    const isBlock = BLOCK_TAGS.has(tag) || (role === 'heading');
    if (isBlock) flush();
    const level = headingLevelOf(tag) || (role === 'heading' ? Number(el.getAttribute('aria-level')) || 2 : 0);
    const kids = childrenOf(el, tag);
    stack.push({
      el, next: kids.first, list: kids.list, idx: 0, id: nextId++, seg: segmentOf(tag, f.kids, cls), kids: 0, region,
      lang: (!bare && el.getAttribute('lang')) || f.lang,
      heading: level || f.heading,
      caption: f.caption || tag === 'figure' || tag === 'figcaption' || tag === 'caption' || (!!cls && !CONTAINER_TAGS.has(tag) && CAPTION_CLASS.test(cls)),
      link: tag === 'a' && el.hasAttribute('href') ? el : f.link,
      group,
      blockAt: isBlock ? stack.length : f.blockAt,
    });
  }
  flush();
  let omittedChars = 0;
  if (stopped) {
    for (const f of stack) {
      if (f.list) for (let i = f.idx; i < f.list.length; i++) omittedChars += f.list[i].textContent?.length ?? 0;
      else for (let n = f.next; n; n = n.nextSibling) omittedChars += n.textContent?.length ?? 0;
    }
  }
  return { blocks, omittedChars, nodes };
}
