// The shape of what sits under a title: one document's sections (an outline), or a list of teasers.
// Used by article.ts to decide whether the page's "article" is an article at all.
import { isProse } from './detect';
import { levelOf, type RawBlock } from './walk';
// A head over a section of at most TEASER_SECTION_MAX_WORDS words reads as a teaser (one size for page and engine)…
import { TEASER_SECTION_MAX_WORDS } from '@core/text/shapes';
/** …and when this share of the prose sits in such sections, under at least TEASER_LIST_MIN_HEADS heads, the "article" is a list of teasers. */
const TEASER_LIST_MIN_HEADS = 3;
const TEASER_PROSE_SHARE = 0.6;
/** An article body has at least this many prose words per head (front pages: 5–16; articles: 29 and up). */
const PROSE_WORDS_PER_HEAD = 20;
/** An outline needs a few subheads; with fewer, the teaser test decides. */
const OUTLINE_MIN_HEADINGS = 2;
/** A link this long right above prose is a teaser's headline, not a "Learn more" or a "Next". */
const LINKED_HEADLINE_MIN_WORDS = 3;
/** A line this short can be a card's byline, date or source ("By A. Writer", "2 hours ago", "Reuters"). */
const ITEM_META_MAX_WORDS = 8;
/** Per-item bylines or dates in this many sections make them cards (one document has one byline). */
const CARD_META_SECTIONS = 2;
const BYLINE = /^by\s+\p{Lu}/iu;
const DATE = /\b(?:\d{1,2}:\d{2}|\d+\s+(?:min(?:ute)?s?|hours?|days?|weeks?)\s+ago|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{4}-\d{2}-\d{2})/i;

/** A heading or a headline link: what opens a section or a card. */
export const isHead = (rb: RawBlock) => !!levelOf(rb) || !!rb.block.isLink;
/** A linked cell (a film's title in a row of a wikitable) names a row of data, not a teaser. */
const CELL_TAGS = new Set(['td', 'th']);
const opensTeaser = (rb: RawBlock) => !!levelOf(rb) || (!!rb.block.isLink && !CELL_TAGS.has(rb.block.tag ?? ''));
const isMeta = (rb: RawBlock) => !isHead(rb) && rb.words <= ITEM_META_MAX_WORDS && (BYLINE.test(rb.block.text) || DATE.test(rb.block.text));

/** Does a byline or a date sit in blocks[from, to)? A story's own, then: a news story ends with its container. */
export function hasByline(blocks: RawBlock[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (isMeta(blocks[i])) return true;
  return false;
}

/**
 * Does the page's one h1 head an outline of blocks[from, to): plain subheadings (none a link), no linked
 * headlines over prose, and no byline or date, or source line, repeated section after section? Those are the
 * sections of one document (a feature tour, an "About" page, a sample sheet), however short they are.
 */
export function isOutline(blocks: RawBlock[], from: number, to: number): boolean {
  if (blocks.filter((rb) => levelOf(rb) === 1).length !== 1) return false;
  let headings = 0;
  let metaSections = 0;
  let metaHere = false;
  const seen = new Map<string, number>(); // short non-head lines → the section (heading count) last seen in
  const repeated = new Set<string>();
  for (let i = Math.max(0, from); i < to; i++) {
    const rb = blocks[i];
    const b = rb.block;
    if (b.headingLevel) {
      if (b.isLink || b.headingLevel === 1) return false;
      headings++;
      metaHere = false;
      continue;
    }
    if (b.isLink && rb.words >= LINKED_HEADLINE_MIN_WORDS && blocks[i + 1] && i + 1 < to && isProse(blocks[i + 1])) return false;
    if (isMeta(rb) && !metaHere) {
      metaHere = true;
      metaSections++;
    }
    if (!isHead(rb) && rb.words <= ITEM_META_MAX_WORDS) {
      const at = seen.get(b.text);
      if (at !== undefined && at !== headings) repeated.add(b.text);
      seen.set(b.text, headings);
    }
  }
  return headings >= OUTLINE_MIN_HEADINGS && metaSections < CARD_META_SECTIONS && repeated.size === 0;
}

/**
 * Is blocks[from, to) a list of teasers rather than an article body? Teasers are short sections under heads:
 * on a front page nearly all prose sits in them, and there is little prose per head. An article's prose sits
 * in long sections, however many subheads it has (an FAQ's or a reference page's short sections stay a minority).
 * An outline (see isOutline) is one document however short its sections.
 */
export function isTeaserList(blocks: RawBlock[], from: number, to: number): boolean {
  if (isOutline(blocks, from, to)) return false;
  let heads = 0;
  let prose = 0;
  let inShort = 0;
  let sectionWords = 0;
  let sectionProse = 0;
  const close = () => {
    prose += sectionProse;
    if (sectionWords <= TEASER_SECTION_MAX_WORDS) inShort += sectionProse;
    sectionWords = sectionProse = 0;
  };
  for (let i = from; i < to; i++) {
    const rb = blocks[i];
    if (opensTeaser(rb)) {
      close();
      heads++;
    } else {
      sectionWords += rb.words;
      if (isProse(rb)) sectionProse += rb.words;
    }
  }
  close();
  return heads >= TEASER_LIST_MIN_HEADS && (inShort >= TEASER_PROSE_SHARE * prose || prose < PROSE_WORDS_PER_HEAD * heads);
}
