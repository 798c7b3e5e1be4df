// After the walk: which blocks are story text. Drops boilerplate by text, link lists, containers of
// links ("Related", "Most read"), and, on a page whose prose sits in one container, the chrome around it.
import { isBoilerplateText } from './boilerplate';
import { isProse, type Detection } from './detect';
import { hrefOf, levelOf, linkShare, type RawBlock } from './walk';

/** A judged container ("related", "sidebar") is kept when it holds this many prose words (teasers)… */
const GROUP_MIN_PROSE_WORDS = 15;
/** …and no more than this share of its text in links (a link list is not a story). */
const GROUP_MAX_LINK_SHARE = 0.6;
/** A run of this many short links in a row is a menu, a tag list or "Most read". */
const LINK_RUN_MIN = 3;
/** A link longer than this is a teaser headline with text, not a menu item. */
const LINK_ITEM_MAX_WORDS = 16;
/** A heading this short right before a dropped list is the list's title ("Most read"). */
const LIST_TITLE_MAX_WORDS = 6;
/** Outside the content root, a block survives only as real prose this long (a teaser elsewhere on the page). */
const OUTSIDE_MIN_WORDS = 25;
/** The content root cuts chrome only when the page has enough prose to trust it. */
const ROOT_MIN_PROSE_WORDS = 80;

function shortLink(rb: RawBlock): boolean {
  return !!rb.block.isLink && rb.words <= LINK_ITEM_MAX_WORDS;
}

function dropLinkRuns(blocks: RawBlock[], keep: boolean[]): void {
  let i = 0;
  while (i < blocks.length) {
    if (!keep[i] || !shortLink(blocks[i])) { i++; continue; }
    let j = i;
    const run: number[] = [];
    while (j < blocks.length && (!keep[j] || shortLink(blocks[j]))) {
      if (keep[j]) run.push(j);
      j++;
    }
    if (run.length >= LINK_RUN_MIN) {
      for (const k of run) keep[k] = false;
      let h = i - 1;
      while (h >= 0 && !keep[h]) h--;
      if (h >= 0 && levelOf(blocks[h]) && blocks[h].words <= LIST_TITLE_MAX_WORDS) keep[h] = false;
    }
    i = j;
  }
}

function dropLinkGroups(blocks: RawBlock[], keep: boolean[]): void {
  const stats = new Map<number, { prose: number; words: number; links: number }>();
  blocks.forEach((rb, i) => {
    if (rb.group < 0 || !keep[i]) return;
    const s = stats.get(rb.group) ?? { prose: 0, words: 0, links: 0 };
    s.words += rb.words;
    s.links += rb.words * linkShare(rb);
    if (isProse(rb)) s.prose += rb.words;
    stats.set(rb.group, s);
  });
  blocks.forEach((rb, i) => {
    const s = rb.group >= 0 ? stats.get(rb.group) : undefined;
    if (s && (s.prose < GROUP_MIN_PROSE_WORDS || s.links > GROUP_MAX_LINK_SHARE * s.words)) keep[i] = false;
  });
}

/** Keeps blocks outside the content root only when they are prose, or the heading right above such prose. */
function dropOutsideRoot(blocks: RawBlock[], keep: boolean[], det: Detection): void {
  if (det.rootId < 0 || det.proseWords < ROOT_MIN_PROSE_WORDS) return;
  const inside = (rb: RawBlock) => rb.ancestors[det.rootDepth] === det.rootId;
  let next: RawBlock | undefined; // the next kept block after i, found walking backwards: one pass
  for (let i = blocks.length - 1; i >= 0; i--) {
    const rb = blocks[i];
    if (!keep[i]) continue;
    const after = next;
    next = rb;
    if (inside(rb) || (isProse(rb) && rb.words >= OUTSIDE_MIN_WORDS)) continue;
    const titlesProse = (levelOf(rb) || rb.block.isLink) && after && !inside(after) && isProse(after) && after.words >= OUTSIDE_MIN_WORDS;
    const titlesRoot = (levelOf(rb) ?? 9) <= 2 && after && inside(after); // an h1 or h2
    if (!titlesProse && !titlesRoot) {
      keep[i] = false;
      next = after;
    }
  }
}

/** A line of this many links, nearly all link text, is a menu or a link bar ("Home | World | Sport"). */
const MENU_MIN_LINKS = 3;
const MENU_LINK_DENSITY = 0.7;

function menuLine(rb: RawBlock): boolean {
  return rb.links >= MENU_MIN_LINKS && linkShare(rb) >= MENU_LINK_DENSITY;
}

/** The site's own header (logo, tagline, login) holds no story text, except a headline or real prose. */
function siteChrome(rb: RawBlock): boolean {
  return rb.block.region === 'header' && !levelOf(rb) && !isProse(rb);
}

/** An ad server beyond doubt: DoubleClick, RealMedia's /ads/ path. A block linking there is an ad or a promo. */
const AD_SERVER = /doubleclick\.net|\/realmedia\/ads\//i;
/**
 * A host named for ads ("ads.<site>.<tld>"; "ad.nl" and "www.ad.nl" are a newspaper): the block is the ad when it is
 * mostly its link or opens with it (a promo's title, then its pitch); a paragraph that links to an ads platform
 * along the way is text about it.
 */
const AD_HOST = /\/\/(?:[\w-]+\.)*(?:ads?|adserver|adclick)\.[\w-]+\.[\w-]+(?:[/:?#]|$)/i;
const AD_LINK_MIN_DENSITY = 0.5;

export function adLink(rb: RawBlock): boolean {
  const href = hrefOf(rb);
  if (!href) return false;
  if (AD_SERVER.test(href)) return true;
  if (!AD_HOST.test(href)) return false;
  const title = (rb.link?.textContent ?? '').trim();
  return linkShare(rb) >= AD_LINK_MIN_DENSITY || (!!title && rb.block.text.trimStart().startsWith(title));
}

/** Captions are a small share of any page; past this share of words, a class name fooled the caption rule. */
const MAX_CAPTION_SHARE = 0.4;

/** Clears caption flags that came from class names when they cover too much of the page to be true. */
export function checkCaptions(blocks: RawBlock[]): void {
  let all = 0;
  let captions = 0;
  for (const rb of blocks) {
    all += rb.words;
    if (rb.block.isCaption) captions += rb.words;
  }
  if (captions <= MAX_CAPTION_SHARE * all) return;
  for (const rb of blocks) if (rb.block.isCaption && rb.block.tag !== 'figcaption' && rb.block.tag !== 'caption') delete rb.block.isCaption;
}

/** A line this short, above all headings and prose, is the site's top bar ("EDITION: INTERNATIONAL", "Home"). */
const LEADING_CHROME_MAX_WORDS = 8;

/**
 * Drops short lines that come before the page's first heading or prose paragraph, except the one right
 * above it (a kicker over the headline, a dateline over the lede): edition pickers, login links, logos' text.
 */
function dropLeadingChrome(blocks: RawBlock[], keep: boolean[]): void {
  const first = blocks.findIndex((rb, i) => keep[i] && (!!levelOf(rb) || isProse(rb)));
  let above = first - 1;
  while (above >= 0 && !keep[above]) above--;
  for (let i = 0; i < above; i++) if (keep[i] && blocks[i].words <= LEADING_CHROME_MAX_WORDS && !isProse(blocks[i])) keep[i] = false;
}

/** A paragraph between two paragraphs of its own container is running text, whatever it says (an essay on cookies and consent). */
function inRunningText(blocks: RawBlock[], i: number): boolean {
  const mate = (rb: RawBlock | undefined) => !!rb && isProse(rb) && rb.el.parentNode === blocks[i].el.parentNode;
  return mate(blocks[i]) && mate(blocks[i - 1]) && mate(blocks[i + 1]);
}

export function keepStoryBlocks(blocks: RawBlock[], det: Detection): RawBlock[] {
  const keep = blocks.map((rb, i) => (!isBoilerplateText(rb.block.text, rb.words) || inRunningText(blocks, i)) && !siteChrome(rb) && !menuLine(rb) && !adLink(rb));
  dropLinkGroups(blocks, keep);
  dropLinkRuns(blocks, keep);
  dropOutsideRoot(blocks, keep, det);
  dropLeadingChrome(blocks, keep);
  return blocks.filter((_, i) => keep[i]);
}
