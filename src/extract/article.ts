// Is the page one article? Two calls, both written onto the blocks for the engine's priors (core/hints.ts):
// - markArticle: the content root is one headed body of prose, so its blocks get region "article";
// - markMainArticle: the page's one main article (a title, h1 or the document's own title, over a body of
//   prose) gets `article = MAIN_ARTICLE_ID`, and the engine keeps it whole. A "More stories" strip after the
//   body, or a listing page whose "article" is a list of teasers, is left alone and still splits.
import { isProse, type Detection } from './detect';
import { hasByline, isHead, isOutline, isTeaserList } from './article-shape';
import { levelOf, sharedAncestors, type RawBlock } from './walk';

/** A full article has at least this many prose words in its content root. */
const ARTICLE_MIN_PROSE_WORDS = 150;
/** Heads (headings, link headlines) allowed per prose paragraph before the root looks like a card list. */
const HEADS_PER_PARAGRAPH = 0.25;
/** A few subheads are always allowed. */
const MIN_HEADS_ALLOWED = 2;

/** Marks the content root's blocks as one article when a top heading opens prose with few other heads; says whether it did. */
export function markArticle(blocks: RawBlock[], det: Detection): boolean {
  if (det.rootId < 0) return false;
  const inside = blocks.map((rb) => rb.ancestors[det.rootDepth] === det.rootId);
  const first = inside.indexOf(true);
  if (first < 0) return false;
  let heads = 0;
  let paragraphs = 0;
  let words = 0;
  blocks.forEach((rb, i) => {
    if (!inside[i]) return;
    if (isHead(rb)) heads++;
    else if (isProse(rb)) {
      paragraphs++;
      words += rb.words;
    }
  });
  const titled = blocks.slice(0, first + 3).some((rb) => levelOf(rb) === 1);
  if (!titled || words < ARTICLE_MIN_PROSE_WORDS || heads > Math.max(MIN_HEADS_ALLOWED, HEADS_PER_PARAGRAPH * paragraphs)) return false;
  blocks.forEach((rb, i) => {
    if (inside[i] && rb.block.region !== 'aside') rb.block.region = 'article';
  });
  return true;
}

/** An outline under one h1 says "one document" by its markup: a couple of paragraphs of prose are enough. */
const OUTLINE_MIN_PROSE_WORDS = 40;

/** The id written on the main article's blocks (Block.article). */
export const MAIN_ARTICLE_ID = 1;
/** The body opens this close under the title (kicker, byline, date, picture and deck in between). */
const BODY_WITHIN_BLOCKS = 200;
/** The body's container is where its first few paragraphs meet (a deck alone is not the body)… */
const BODY_PARAGRAPHS = 3;
/** …or, when the body comes in chunks, the container of the first one holding this share of the article's prose. */
const BODY_SHARE = 0.6;
/** A heading matching the document's title this closely (share of its words in the title) is the title. */
const TITLE_MATCH_SHARE = 0.8;
const TITLE_MIN_WORDS = 3;

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The article's title: the page's h1, or else a heading that repeats the document title. */
function findTitle(blocks: RawBlock[], docTitle: string): number {
  const h1 = blocks.findIndex((rb) => levelOf(rb) === 1);
  if (h1 >= 0) return h1;
  const title = new Set(wordsOf(docTitle));
  return blocks.findIndex((rb) => {
    const w = levelOf(rb) ? wordsOf(rb.block.text) : [];
    return w.length >= TITLE_MIN_WORDS && w.filter((x) => title.has(x)).length >= TITLE_MATCH_SHARE * w.length;
  });
}

/** What the document says of itself: its title, and whether its metadata calls it an article. */
export interface ArticleDoc {
  title: string;
  isArticle: boolean;
}

/** Depth of the deepest container two blocks share. */
function sharedDepth(a: RawBlock, b: RawBlock): number {
  return sharedAncestors(a.ancestors, b.ancestors) - 1;
}

export function markMainArticle(blocks: RawBlock[], doc: ArticleDoc): boolean {
  // With no headline found, metadata that calls the page an article still marks its body (title-less).
  const t = findTitle(blocks, doc.title);
  if (t < 0 && !doc.isArticle) return false;
  const body: number[] = [];
  for (let i = t + 1; i < blocks.length && body.length < BODY_PARAGRAPHS; i++) {
    if (isProse(blocks[i])) body.push(i);
    else if (!body.length && i - t > BODY_WITHIN_BLOCKS) return false;
  }
  if (!body.length) return false;
  const first = blocks[body[0]];
  // The body's container: where its first paragraphs meet (never above the title's own container).
  let bodyDepth = first.ancestors.length - 1;
  for (const i of body) bodyDepth = Math.min(bodyDepth, sharedDepth(first, blocks[i]));
  const depth = t < 0 ? 0 : Math.min(bodyDepth, sharedDepth(blocks[t], first));
  const inA = (rb: RawBlock) => rb.ancestors[depth] === first.ancestors[depth];
  const proseIn = new Map<number, number>(); // prose words after the title, by container of the first paragraph
  let total = 0;
  for (let i = t + 1; i < blocks.length && inA(blocks[i]); i++) {
    if (!isProse(blocks[i])) continue;
    total += blocks[i].words;
    for (let d = depth; d <= bodyDepth && blocks[i].ancestors[d] === first.ancestors[d]; d++) proseIn.set(d, (proseIn.get(d) ?? 0) + blocks[i].words);
  }
  while (bodyDepth > depth && (proseIn.get(bodyDepth) ?? 0) < BODY_SHARE * total) bodyDepth--;
  const inBody = (rb: RawBlock) => rb.ancestors[bodyDepth] === first.ancestors[bodyDepth];
  let from = t >= 0 ? t : body[0];
  const opens = t >= 0 ? inA : inBody; // kicker and byline above the title; or, title-less, the body's own start
  while (from > 0 && opens(blocks[from - 1])) from--;
  let to = body[body.length - 1] + 1;
  while (to < blocks.length && inBody(blocks[to])) to++;
  const proseWords = (end: number) => blocks.slice(from, end).reduce((n, rb) => n + (isProse(rb) ? rb.words : 0), 0);
  let words = proseWords(to);
  if (words < ARTICLE_MIN_PROSE_WORDS && t >= 0 && !first.el.closest('article') && !hasByline(blocks, from, to)) {
    // A short body under the title: when the page goes on as an outline of plain sections (a feature tour, a
    // sample sheet), the outline is the document, through the container around the title's. Not for a news
    // story (an <article> element, a byline or date): it ends with its container, and what follows is "Related".
    const outer = Math.max(0, depth - 1);
    let end = to;
    while (end < blocks.length && blocks[end].ancestors[outer] === first.ancestors[outer]) end++;
    if (isOutline(blocks, t + 1, end) && proseWords(end) >= OUTLINE_MIN_PROSE_WORDS) {
      to = end;
      words = ARTICLE_MIN_PROSE_WORDS;
    }
  }
  if (words < ARTICLE_MIN_PROSE_WORDS || isTeaserList(blocks, t + 1, to)) return false;
  for (let i = from; i < to; i++) {
    const b = blocks[i].block;
    b.article = MAIN_ARTICLE_ID;
    if (b.region !== 'aside') b.region = 'article';
  }
  return true;
}
