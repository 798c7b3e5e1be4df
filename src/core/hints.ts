// What the page's structure says about where stories start: per-gap log-odds from block hints (headings,
// card containers, links, captions). Pure: no DOM. The engine adds these to its own text evidence.
import type { Block } from './types';

export interface BlockPrior {
  /**
   * Log-odds that a story starts at this block, from page structure alone (headings, card containers,
   * captions…). 0 means the page says nothing. Index i is the gap before block i; index 0 is unused.
   */
  startLogOdds: number;
  /** The block is not story text (a caption, a credit): it belongs to the story around it. */
  attach: boolean;
}

/** A heading that opens a new card or container is the clearest story start a page gives. */
const HEADING_NEW_CONTAINER = 4;
/** The page's top heading (h1) starts the article even inside the same container. */
const TOP_HEADING = 3;
/** Headings in one flat container, each over a short section: a list of teasers. */
const TEASER_HEADING = 4;
/** Headings inside running prose with long sections: section heads of one article. */
const SUBHEAD = -4;
/** A section this short (words) around a heading reads as a teaser, not an article section. */
const TEASER_SECTION_MAX_WORDS = 120;
/** A heading opening a new section between long sections (a chapter of one document), not a card. */
const LONG_SECTION_HEADING = -1;
/** Headings of this many levels (below h1) in one container make an outline, not a teaser list. */
const OUTLINE_LEVELS = 2;
/** A short whole-link block opening a new card is a teaser headline. */
const NEW_CARD_WITH_HEAD = 3;
/** A new sibling item holding several blocks but no heading: a teaser card without a title. */
const NEW_CARD = 1.5;
/** Sibling wrappers of one block each (div.para[3], li[4], table rows): markup, not stories. */
const PARAGRAPH_WRAPPER = 0.3;
/** Moving to a different kind of container (article → related strip). */
const OTHER_CONTAINER = 1.5;
/** Moving into or out of a nested wrapper (a figure, a body div under the headline). */
const NESTED_CONTAINER = 0.3;
/** Landmark change (article → main). */
const REGION_CHANGE = 1;
/** Paragraphs side by side in one container: one story, unless the text says otherwise (run-on pages). */
const SAME_CONTAINER = -1;
const SAME_CONTAINER_IN_ARTICLE = -2;
/** …and when a heading above governs the text, the page itself says "one story here". */
const HEADED_SAME_CONTAINER = -6;
/** Wrappers and nesting under a governing heading: still that heading's story. */
const HEADED_WRAPPER = -5;
/** The block right after a heading belongs to it: a heading never ends a story. */
const AFTER_HEADING = -3;
/** Two blocks inside one <article> element: a single story, whatever wrappers sit between them… */
const SAME_ARTICLE = -8;
/** …even across its subheads. */
const SUBHEAD_SAME_ARTICLE = -6;
/** A head whose section has the same shape as at least REPEAT_MIN others (head, byline, teaser…): a card list. */
const REPEATED_CARD = 2;
const REPEAT_MIN = 3;
/** Blocks of a section that make up its shape. */
const SHAPE_BLOCKS = 5;
/** Captions and credits attach to the story around them. */
const CAPTION = -4;
/** A short link block, under this many characters, can be a headline. */
const LINK_HEAD_MAX_CHARS = 160;
/** Table parts: sibling rows and cells are data, not cards. */
const TABLE_SEGMENT = /^(?:tr|td|th|tbody|thead|tfoot)\b/;

const stripIndex = (seg: string) => seg.replace(/\[\d+\]$/, '');

function segsOf(b: Block): string[] {
  return b.path ? b.path.split('/') : [];
}

/** How many consecutive blocks from `from` (stepping by `step`) sit under the path prefix `prefix`. */
function itemRun(paths: string[][], from: number, step: 1 | -1, prefix: string[]): { len: number; first: number } {
  let i = from;
  let first = from;
  while (i >= 0 && i < paths.length && prefix.every((s, k) => paths[i][k] === s)) {
    first = i;
    i += step;
  }
  return { len: Math.abs(i - from), first };
}

/** The path prefix of the innermost <article> element around a block, or null. */
function articleKey(segs: string[]): string | null {
  for (let k = segs.length - 1; k >= 0; k--) if (segs[k].startsWith('article')) return segs.slice(0, k + 1).join('/');
  return null;
}

function isHead(b: Block): boolean {
  return !!b.headingLevel || (!!b.isLink && b.text.length <= LINK_HEAD_MAX_CHARS);
}

const wordCounts = new WeakMap<Block, number>();
function words(b: Block): number {
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
function sectionWords(blocks: readonly Block[], i: number, step: 1 | -1): number {
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
function repeatedHeads(blocks: readonly Block[]): Set<number> {
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

type Change = 'same' | 'nested' | 'siblings' | 'table' | 'other';

function changeOf(a: string[], b: string[]): { kind: Change; depth: number } {
  let d = 0;
  while (d < a.length && d < b.length && a[d] === b[d]) d++;
  if (d === a.length && d === b.length) return { kind: 'same', depth: d };
  if (d === a.length || d === b.length) return { kind: 'nested', depth: d };
  if (stripIndex(a[d]) !== stripIndex(b[d])) return { kind: 'other', depth: d };
  return { kind: TABLE_SEGMENT.test(a[d]) ? 'table' : 'siblings', depth: d };
}

export function blockPriors(blocks: readonly Block[]): BlockPrior[] {
  const paths = blocks.map(segsOf);
  const articles = paths.map(articleKey);
  const repeated = repeatedHeads(blocks);
  const levelsIn = new Map<string, Set<number>>();
  for (const b of blocks) if (b.headingLevel && b.headingLevel > 1) levelsIn.set(b.path ?? '', (levelsIn.get(b.path ?? '') ?? new Set()).add(b.headingLevel));
  // Captions, credits and code listings sit inside a story; the engine keeps starts off both their sides.
  const out: BlockPrior[] = blocks.map((b) => ({ startLogOdds: 0, attach: !!b.isCaption || b.tag === 'pre' }));
  let prev = -1; // the last non-caption block before i
  let headed = false; // a heading governs the current run of text
  for (let i = 0; i < blocks.length; i++) {
    const cur = blocks[i];
    if (cur.isCaption) {
      if (i > 0) out[i].startLogOdds = CAPTION;
      continue;
    }
    if (prev < 0) {
      prev = i;
      headed = isHead(cur);
      continue;
    }
    const p = blocks[prev];
    const { kind, depth } = changeOf(paths[prev], paths[i]);
    const inArticle = cur.region === 'article' && p.region === 'article';
    let lo: number;
    if (isHead(cur) && (kind === 'same' || kind === 'nested' || (kind === 'table' && !cur.headingLevel))) {
      const teaser = sectionWords(blocks, i, -1) <= TEASER_SECTION_MAX_WORDS && sectionWords(blocks, i, 1) <= TEASER_SECTION_MAX_WORDS;
      const outline = (levelsIn.get(blocks[i].path ?? '')?.size ?? 0) >= OUTLINE_LEVELS; // h2 > h3 > h4: one document's sections
      if (cur.headingLevel) lo = cur.headingLevel === 1 ? TOP_HEADING : teaser && !outline ? TEASER_HEADING : SUBHEAD;
      else lo = teaser && sectionWords(blocks, i, 1) > 0 ? TEASER_HEADING : 0; // a link line over a teaser, or a link in running text
    } else if (cur.headingLevel) {
      const card = /^(?:article|li)\b/.test(paths[i][depth] ?? '');
      const long = sectionWords(blocks, i, -1) > TEASER_SECTION_MAX_WORDS && sectionWords(blocks, i, 1) > TEASER_SECTION_MAX_WORDS;
      lo = long && !card ? LONG_SECTION_HEADING : HEADING_NEW_CONTAINER;
    }
    else if (kind === 'same') lo = headed ? HEADED_SAME_CONTAINER : inArticle ? SAME_CONTAINER_IN_ARTICLE : SAME_CONTAINER;
    else if (kind === 'nested' || kind === 'table') lo = headed ? HEADED_WRAPPER : inArticle ? Math.min(0, NESTED_CONTAINER) : NESTED_CONTAINER;
    else if (kind === 'other') lo = isHead(cur) ? NEW_CARD_WITH_HEAD : OTHER_CONTAINER;
    else {
      // sibling items of one kind: cards, list items, or mere paragraph wrappers
      const next = itemRun(paths, i, 1, paths[i].slice(0, depth + 1));
      const before = itemRun(paths, prev, -1, paths[prev].slice(0, depth + 1));
      const multi = next.len > 1 || before.len > 1;
      if (multi && isHead(cur)) lo = NEW_CARD_WITH_HEAD;
      else if (multi) lo = NEW_CARD;
      else lo = headed ? HEADED_WRAPPER : PARAGRAPH_WRAPPER;
    }
    if ((cur.region ?? 'other') !== (p.region ?? 'other')) lo += REGION_CHANGE;
    if (repeated.has(i) && lo > 0) lo += REPEATED_CARD;
    const oneArticle = articles[i] !== null ? articles[i] === articles[prev] : inArticle && articles[prev] === null; // region "article" without an <article>: the content script's call
    if (oneArticle) lo = Math.min(lo, cur.headingLevel ? SUBHEAD_SAME_ARTICLE : SAME_ARTICLE);
    if ((p.headingLevel && !cur.headingLevel) || (isHead(p) && !isHead(cur))) lo = Math.min(lo, AFTER_HEADING);
    else if (p.headingLevel && cur.headingLevel && kind !== 'siblings') lo = Math.min(lo, 0); // a kicker or section label over a headline
    out[i].startLogOdds = lo;
    if (isHead(cur)) headed = true;
    else if ((kind === 'other' || (kind === 'siblings' && lo >= NEW_CARD)) && !isHead(p)) headed = false;
    prev = i;
  }
  return out;
}
