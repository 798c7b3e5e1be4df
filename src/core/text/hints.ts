// What the page's structure says about where stories start: per-gap log-odds from block hints (headings,
// card containers, links, captions). Pure: no DOM. The engine adds these to its own text evidence.
import { TEASER_SECTION_MAX_WORDS } from './shapes';
import { articleKey, changeOf, isHead, itemRun, repeatedHeads, sectionWords, segsOf, words } from './hints-sections';
import type { Block } from '../types';

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
/**
 * Two blocks of the page's one main article (Block.article, the content script's call from its title and
 * body). The engine's own evidence inside an article reaches +5..+9 (a dateline, a topic shift, a quote
 * block), which beats the container priors above; this outweighs any of it, so the article stays whole.
 */
const MAIN_ARTICLE_GAP = -20;
/** The page says a story starts here (Block.startsStory: a teaser card's first block, or the first after a card). */
const PAGE_STORY_EDGE = 20;
/** …at a card's first block (Block.article set too): a card is one story, even when its text repeats a neighbour's
 * word for word (a series of cards sharing one summary), which the text's own cohesion reads as one story. */
const CARD_EDGE = 28;
/** A head whose section has the same shape as several others (head, byline, teaser…): a card list. */
const REPEATED_CARD = 2;
/** Captions and credits attach to the story around them. */
const CAPTION = -4;
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
  let released: string | null | undefined; // the <article> element (key) the page's own article ended inside, before a head
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
    // The page's call of where its main article (or a card) ends outranks the <article> element around it when a
    // heading or a link follows: a related strip inside that element, after the marked body, is no part of the story,
    // nor one story of its own (a bio or a print note right after the body still goes with it).
    if (cur.article !== undefined) released = undefined;
    else if (p.article !== undefined && (cur.headingLevel || cur.isLink) && articles[i] !== null) released = articles[i];
    const oneArticle = !(released !== undefined && articles[i] === released) && (articles[i] !== null ? articles[i] === articles[prev] : inArticle && articles[prev] === null); // region "article" without an <article>: the content script's call
    if (oneArticle) lo = Math.min(lo, cur.headingLevel ? SUBHEAD_SAME_ARTICLE : SAME_ARTICLE);
    if (cur.article !== undefined && cur.article === p.article) lo = Math.min(lo, MAIN_ARTICLE_GAP);
    if ((p.headingLevel && !cur.headingLevel) || (isHead(p) && !isHead(cur))) lo = Math.min(lo, AFTER_HEADING);
    else if (p.headingLevel && cur.headingLevel && kind !== 'siblings') lo = Math.min(lo, 0); // a kicker or section label over a headline
    if (cur.startsStory) lo = cur.article !== undefined ? CARD_EDGE : PAGE_STORY_EDGE;
    out[i].startLogOdds = lo;
    if (isHead(cur)) headed = true;
    else if ((kind === 'other' || (kind === 'siblings' && lo >= NEW_CARD)) && !isHead(p)) headed = false;
    prev = i;
  }
  moveStartsAboveKickers(blocks, out);
  return out;
}

/** A kicker: a short label in capitals over a headline ("DANCE REVIEW", "LIVE"), not a byline. */
const KICKER_MAX_WORDS = 4;
const KICKER = /^(?!BY\b)[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** A story that starts at a headline starts at the kicker right above it: the kicker is the story's own. */
function moveStartsAboveKickers(blocks: readonly Block[], out: BlockPrior[]): void {
  for (let i = 2; i < blocks.length; i++) {
    const k = blocks[i - 1];
    if (out[i].startLogOdds <= 0 || out[i].startLogOdds >= PAGE_STORY_EDGE || !isHead(blocks[i]) || isHead(k) || k.isCaption || k.article !== undefined || words(k) > KICKER_MAX_WORDS || !KICKER.test(k.text)) continue;
    out[i - 1].startLogOdds = Math.max(out[i - 1].startLogOdds, out[i].startLogOdds);
    out[i].startLogOdds = AFTER_HEADING;
  }
}
