// One iterative pass over the DOM (no recursion: 5,000-deep pages must not overflow the stack) that turns
// visible inline text into paragraph-like blocks with hints, and remembers the text nodes behind each block.
// The pass is resumable: step(deadline) walks until the deadline and can be called again, so the browser
// can read a huge page in slices between which the page stays responsive (extract.ts).
import { elementVerdict } from './boilerplate';
import { BLOCK_TAGS, BR_INSIDE_TAGS, SKIP_TAGS, headingLevelOf, landmarkOf, tagSet } from './tags';
import { attr, CAPTION_CLASS, childrenOf, segmentOf } from './tree';
import { countLeft, makeBlock, type Building, type Frame, type RawBlock, type WalkOptions, type WalkResult } from './walk-types';

export type { Piece, RawBlock, WalkOptions, WalkResult } from './walk-types';
export { countWords, hrefOf, levelOf, linkShare, sharedAncestors } from './walk-types';

/** Page-level containers are never captions, whatever feature flags their class names carry. */
const CONTAINER_TAGS = tagSet('html body main article section');
/** Elements that are captions whatever their class. */
const CAPTION_TAGS = tagSet('figure figcaption caption');
/**
 * A made-up element (<nyt_index_item>, <story-card>) that holds line breaks or blocks is a container, as its
 * page lays it out: a card, a headline, a summary. One that holds only text (<relative-time>) stays inline.
 */
const UNKNOWN_TAG = /[-_]/;
const HOLDS_LINES = 'br,p,div,li,table';
/** Nodes between two looks at the clock: reading it is cheap, but not free. */
const NODES_PER_CLOCK_CHECK = 64;

/** A walk in progress. */
export interface Walker {
  /** Walks until `now()` reaches `deadline` (looked at every few hundred nodes); true once the walk is over. */
  step(deadline: number, now: () => number): boolean;
  result(): WalkResult;
}

/** The whole walk in one go (the CLI, tests). */
export function walk(root: Element, opts: WalkOptions): WalkResult {
  const w = startWalk(root, opts);
  w.step(Infinity, () => 0);
  return w.result();
}

export function startWalk(root: Element, opts: WalkOptions): Walker {
  const { visibility, range, skipBoilerplate } = opts;
  const blocks: RawBlock[] = [];
  const stack: Frame[] = [];
  let nextId = 0;
  let chars = 0;
  let nodes = 0;
  let cur: Building | null = null;
  let pendingSpace = false;
  let stopped = false;
  let walked = false;
  let omittedChars = 0;
  const left: Node[] = [];

  const rootLang = attr(root.closest?.('[lang]'), 'lang') || undefined;
  const rc = childrenOf(root, root.localName);
  stack.push({ el: root, next: rc.first, list: rc.list, idx: 0, id: nextId++, seg: '', kids: 0, region: 'other', lang: rootLang, heading: 0, headingId: -1, caption: false, link: null, group: -1, blockAt: 0 });

  const flush = () => {
    const b = cur;
    cur = null;
    pendingSpace = false;
    if (!b) return;
    const text = b.text.replace(/\s+$/, '');
    const el = b.frame.el ?? root;
    if (!text || (!range && visibility.hiddenBlock(el))) return;
    chars += text.length;
    blocks.push(makeBlock(b, text, el, stack));
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
    if (!cur) cur = { text: '', tail: '', frame: stack[frame.blockAt], depth: frame.blockAt, pieces: [], linkChars: 0, links: 0, lastLink: null, firstLink: null };
    if (pendingSpace && cur.tail && !/\s/.test(cur.tail)) { cur.text += ' '; cur.tail = ' '; }
    pendingSpace = trailing;
    cur.pieces.push({ node, start: cur.text.length, rawStart: raw });
    cur.text += t;
    cur.tail = t[t.length - 1];
    if (frame.link) {
      cur.linkChars += t.length;
      if (cur.lastLink !== frame.link) cur.links++;
      cur.firstLink ??= frame.link;
      cur.lastLink = frame.link;
    }
  };

  const walkUntil = (deadline: number, now: () => number): boolean => {
    for (let n = 1; stack.length; n++) {
      if (n % NODES_PER_CLOCK_CHECK === 0 && now() >= deadline) return false;
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
        // One huge text node must not slip past the cap: keep what fits, at a word, and count the rest.
        const room = opts.maxChars - chars - (cur ? cur.text.length : 0);
        if (data.length > room) {
          const space = data.lastIndexOf(' ', room);
          const keep = Math.max(0, space > 0 ? space : room);
          omittedChars += data.length - keep;
          data = data.slice(0, keep);
          stopped = true;
        }
        appendText(node as Text, data, rawStart, f);
        if (stopped) break;
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
        if (c.tail === '\n') {
          c.text = c.text.slice(0, -1);
          flush();
        } else if (BR_INSIDE_TAGS.has(c.frame.el?.localName ?? '')) {
          c.text = (c.tail === ' ' ? c.text.slice(0, -1) : c.text) + '\n';
          c.tail = '\n';
          pendingSpace = false;
        } else flush();
        continue;
      }
      const role = bare ? null : attr(el, 'role');
      const cls = bare ? null : attr(el, 'class');
      const landmark = landmarkOf(tag, role);
      let region = f.region;
      // As in HTML's landmark rules: a header or footer inside main/article/aside belongs to that, not to the site.
      if (landmark) region = (landmark === 'header' || landmark === 'footer') && f.region !== 'other' ? f.region : landmark;
      let group = f.group;
      if (skipBoilerplate) {
        const verdict = elementVerdict(el, tag, f.region, cls, bare);
        if (verdict === 'skip') continue;
        if (verdict === 'group') group = nextId;
      }
      const isBlock = BLOCK_TAGS.has(tag) || role === 'heading' || (UNKNOWN_TAG.test(tag) && !!el.querySelector(HOLDS_LINES));
      if (isBlock) flush();
      const level = headingLevelOf(tag) || (role === 'heading' ? Number(attr(el, 'aria-level')) || 2 : 0);
      const kids = childrenOf(el, tag);
      stack.push({
        el, next: kids.first, list: kids.list, idx: 0, id: nextId++, seg: segmentOf(tag, f.kids, cls), kids: 0, region,
        lang: (!bare && attr(el, 'lang')) || f.lang,
        heading: level || f.heading,
        headingId: level ? nextId - 1 : f.headingId,
        caption: f.caption || CAPTION_TAGS.has(tag) || (!!cls && !CONTAINER_TAGS.has(tag) && CAPTION_CLASS.test(cls)),
        link: tag === 'a' && el.hasAttribute('href') ? el : f.link,
        group,
        blockAt: isBlock ? stack.length : f.blockAt,
      });
    }
    flush();
    // What the caps left out: the rest of every open element, counted in slices as well.
    if (stopped) for (const f of stack) {
      if (f.list) for (let i = f.idx; i < f.list.length; i++) left.push(f.list[i]);
      else for (let c = f.next; c; c = c.nextSibling) left.push(c);
    }
    stack.length = 0;
    return true;
  };

  return {
    step: (deadline, now) => (walked ||= walkUntil(deadline, now)) && countLeft(left, deadline, now, (n) => (omittedChars += n)),
    result: () => ({ blocks, omittedChars, nodes }),
  };
}
