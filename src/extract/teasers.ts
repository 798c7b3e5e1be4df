// Teasers on a listing page, found from the page's structure alone: each headline (a heading, or a link of
// headline length) owns the largest container around it that holds no other headline. That container is the
// card: an <article>, a list item, a table cell, or one of a run of same-shaped sibling divs. What sits in it
// (kicker, deck, byline, time) is the teaser's; a heading alone in its container is a section label.
import { clean, LABEL_MAX_WORDS } from '@shared/card-sizes';
import { isProse } from './detect';
import { hrefOf, levelOf, sharedAncestors, type RawBlock } from './walk';

const WORDY = /\p{L}{2,}/gu;
/** A link this long (words) can be a headline ("Markets slide"); shorter ones are "More", "Video"… */
const LINK_HEAD_MIN_WORDS = 2;
/** …and no longer than this: past it, a linked block is a summary inside a link-wrapped card. */
const LINK_HEAD_MAX_WORDS = 30;
/** A card holds at most this many words besides its headline; more is a page section or an article body. */
const CARD_MAX_WORDS = 160;
/** A heading alone in its container, this short, names the section the next cards sit in ("Politik"). */
const SECTION_LABEL_MAX_WORDS = 5;
// …and a linked one in a list item a label's length at most (LABEL_MAX_WORDS: "Politik", "Latest news"): one of
// more words is a story's headline alone in its item ("Globalstar rolls out new network").
/** A listing has at least this many cards; fewer headlines are an article's subheads or a sidebar. */
export const MIN_TEASERS = 3;
/** A byline under a card's text ("By Anna Berg") is that card's, not a label of the next. */
const BYLINE_OPENS = /^(?:by|von|par|por|di|door)\s/i;

export interface Teaser {
  /** Index of the headline block. */
  head: number;
  /** The card's blocks: [from, to) in block order (a container's blocks are consecutive). */
  from: number;
  to: number;
}

export interface TeaserScan {
  teasers: Teaser[];
  /** Headings alone in their container: section labels, kept out of every story. */
  labels: Set<number>;
}

const ENDS_SENTENCE = /[.…]["'”’»)]*$/;
/** A full stop, then a new sentence: a summary runs on after its first sentence, a headline does not. A title's
 * ("Mrs. Clinton", "Dr. Who", "Gov. Bush") ends no sentence. */
const SENTENCE_INSIDE = /(?<!\b\p{Lu}\p{Ll}?)\p{Ll}[.]["'”’»)]*\s+["'„“»]?\p{Lu}/u;

/** One link this much of a line is its headline, a time after it notwithstanding ("Ferry fares rise 09:12"). */
const HEAD_LINK_SHARE = 0.75;
/** A linked line this long that ends on a full stop is the card's summary, not its headline. */
const SUMMARY_MIN_WORDS = 8;

/** A wire list's line: one link and its time before or after it ("Tokyo Stocks Plunge 10:33 p.m. ET", "09:12 Ferry fares rise"). */
export const TIMED = /^\d\d?[:.]\d\d |\s\d\d?[:.]\d\d\D{0,9}$/;
/** Below this share of the line in its link, a time beside it is no wire list's. */
const TIMED_LINK_SHARE = 0.5;
/** A headline: a heading, or a whole-link line of headline length that is no sentence of prose. */
export function isHeadline(rb: RawBlock): boolean {
  const b = rb.block;
  const ld = b.linkDensity ?? 0;
  if (b.isCaption) return false;
  if (b.headingLevel) return rb.words >= 1;
  // A linked line (not a heading) whose link runs a script ("view results" of a poll, "vote") is a control.
  if (/^\s*javascript:/i.test(hrefOf(rb))) return false;
  const text = b.text.replace(TIMED, ' '); // "p.m. ET" ends no sentence
  if (!(b.isLink || (rb.links === 1 && (ld >= HEAD_LINK_SHARE || (ld >= TIMED_LINK_SHARE && text !== b.text)))) || rb.words > LINK_HEAD_MAX_WORDS) return false;
  // Words, not a time or a count: "16:22 Uhr", "12 Bilder" are no headline.
  if ((text.match(WORDY) ?? []).length < LINK_HEAD_MIN_WORDS) return false;
  if (rb.words >= SUMMARY_MIN_WORDS && (ENDS_SENTENCE.test(text) || SENTENCE_INSIDE.test(text))) return false;
  return !isProse(rb);
}

/**
 * Do two blocks belong to one headline? A heading element split into lines by its own divs (kicker line,
 * title line), or two headline-like lines inside the one link that wraps a card. Read from the walk's
 * records, not the DOM: a front page has hundreds of headlines.
 */
export function sameHeadline(a: RawBlock, b: RawBlock): boolean {
  return sameHeading(a, b) || sameLink(a, b);
}

/** A card's link laid over it, or its related links, come this many blocks after its headline at most. */
const REPEAT_LINK_GAP = 8;
export const repeatsHeadline = (head: RawBlock, b: RawBlock): boolean => !!b.block.isLink && !levelOf(b) && clean(head.block.text) === clean(b.block.text);

/** A bare link (no prose) in a box judged as a group ("related", "more") that holds none of the headline's
 * elements: a card's link to more, under its text. (A summary named like a group, "promo-summary", is prose.) */
export const inCardGroup = (head: RawBlock, b: RawBlock): boolean =>
  b.group >= 0 && !!b.block.isLink && !isProse(b) && !head.ancestors.includes(b.group) && b.ancestors.includes(b.group);

/** A story is one address: a line that is a link (no heading) to the headline's page at a #fragment is a part of that
 * story (a live blog's entries, "#comments"), not a headline of its own. (A hash route, "#!/photos", is another page.) */
export const partOfStory = (head: RawBlock, b: RawBlock): boolean => { const a = hrefOf(b), h = hrefOf(head); return !!b.block.isLink && !levelOf(b) && !!h && a.startsWith(h + '#') && !'!/'.includes(a[h.length + 1]); };

/** Lines of one heading element. */
export const sameHeading = (a: RawBlock, b: RawBlock): boolean => a.headingId >= 0 && a.headingId === b.headingId;
/** Lines inside one link, the second all link. */
export const sameLink = (a: RawBlock, b: RawBlock): boolean => !!a.link && a.link === b.link && !!b.block.isLink;

/** How many headlines sit under each container id. */
function headCounts(blocks: readonly RawBlock[], heads: readonly number[]): Map<number, number> {
  const count = new Map<number, number>();
  for (const h of heads) for (const id of blocks[h].ancestors) count.set(id, (count.get(id) ?? 0) + 1);
  return count;
}

/**
 * The card of headline h: the blocks under its outermost ancestor that holds no other headline, or, when that
 * container is too big to be a card (one headline in a sidebar of link lists), the largest one inside it that
 * fits. Blocks before `last` belong to an earlier card.
 */
function cardAround(blocks: readonly RawBlock[], h: number, last: number, count: Map<number, number>, head: Uint8Array): { from: number; to: number; whole: boolean } {
  const a = blocks[h].ancestors;
  let d = a.length - 1;
  if (count.get(a[d])! > 1) {
    // The headline's own element holds the next headline as a line of its own too: lines of one box set apart by
    // line breaks or rules (a list of links, a rail of features). Each headline opens a card that runs to the next.
    let to = h + 1;
    let words = 0;
    for (; to < blocks.length && !head[to] && blocks[to].ancestors[d] === a[d]; to++) words += blocks[to].words;
    if (head[to] && blocks[to].ancestors[d] === a[d] && !blocks[to].ancestors[d + 1]) { // a line of the same element
      const fits = words <= CARD_MAX_WORDS;
      // A short plain line right above the next headline is that one's kicker or its list's name ("FROM A.P.").
      const label = to - 1 > h && !blocks[to - 1].link && blocks[to - 1].words <= LABEL_MAX_WORDS && !BYLINE_OPENS.test(blocks[to - 1].block.text.trim());
      return { from: h, to: fits ? to - +label : h + 1, whole: fits };
    }
  }
  // The block's own element comes last; go up while the parent still holds this headline alone.
  while (d > 0 && count.get(a[d - 1]) === 1) d--;
  const outer = d;
  for (; d < a.length; d++) {
    const id = a[d];
    let from = h;
    while (from > last && blocks[from - 1].ancestors[d] === id) from--;
    let to = h + 1;
    while (to < blocks.length && blocks[to].ancestors[d] === id) to++;
    let words = 0;
    for (let i = from; i < to && words <= CARD_MAX_WORDS; i++) if (i !== h) words += blocks[i].words;
    if (words <= CARD_MAX_WORDS) return { from, to, whole: d === outer };
  }
  return { from: h, to: h + 1, whole: false };
}

/** A card's topic links sit this close above its heading (in blocks). */
const TOPIC_LINK_GAP = 3;

/**
 * Short links (a label's length) right above a heading, alone with it in the box they share, are the card's topic
 * ("Opinion", "Comments and columns", "more on this") over its heading, and one right under it its button: not
 * headlines of their own, dropped from `heads`. Returns the headline counts per container, of the headlines left.
 */
function withoutTopicLinks(blocks: readonly RawBlock[], heads: number[]): Map<number, number> {
  const count = headCounts(blocks, heads);
  const topics = new Set<number>();
  const short = (i: number) => !levelOf(blocks[i]) && blocks[i].words <= LABEL_MAX_WORDS;
  const alone = (a: number, b: number, n: number) => { const d = sharedAncestors(blocks[a].ancestors, blocks[b].ancestors); return d > 0 && count.get(blocks[b].ancestors[d - 1]) === n; };
  heads.forEach((b, k) => {
    if (!levelOf(blocks[b])) return;
    // The longest run of such links above it that shares a box with the heading and nothing else.
    let from = k;
    // (With no prose between: a short link over its own summary is a story of its own, not the next one's topic.)
    for (let j = k - 1; j >= 0 && short(heads[j]) && b - heads[j] <= TOPIC_LINK_GAP && !hasProseBetween(blocks, heads[j], b); j--) if (alone(heads[j], b, k - j + 1)) from = j;
    for (let i = from; i < k; i++) topics.add(heads[i]);
    // …and one under it, past its text, is its button ("Learn more").
    const a = heads[k + 1];
    if (a !== undefined && short(a) && a - b <= TOPIC_LINK_GAP && isProse(blocks[a - 1]) && alone(a, b, 2)) topics.add(a);
  });
  if (!topics.size) return count;
  // In place, without spreading: a page may hold more heads than a call takes arguments.
  let n = 0;
  for (const h of heads) if (!topics.has(h)) heads[n++] = h;
  heads.length = n;
  return headCounts(blocks, heads);
}

/**
 * A headline-like link block `rb` (at i) within REPEAT_LINK_GAP blocks of the last headline that is that card's own:
 * - the headline said again, under the card's text or under an unlinked heading of a headline's length: the card's
 *   link laid over it ("stretched"). A label said again ("Videos" over a list) stays apart, and so does an earlier
 *   card's headline said again (a list's line that repeats it is that list's);
 * - a bare link in a related box under the card's text, inside a container that holds no earlier headline: the card's
 *   link to more. (A heading in such a box heads a teaser of its own.)
 */
function cardsOwnLink(blocks: readonly RawBlock[], heads: readonly number[], rb: RawBlock, i: number): boolean {
  const last = heads[heads.length - 1];
  const head = blocks[last];
  const textAbove = hasProseBetween(blocks, last, i);
  if (repeatsHeadline(head, rb) && (textAbove || (!head.link && head.words > LABEL_MAX_WORDS))) return true;
  if (levelOf(rb) || !textAbove || !inCardGroup(head, rb)) return false;
  const d = sharedAncestors(head.ancestors, rb.ancestors);
  const before = heads.length > 1 ? blocks[heads[heads.length - 2]] : null;
  return d > 0 && (!before || before.ancestors[d - 1] !== head.ancestors[d - 1]);
}

/** Prose between blocks a and b: a card's text. */
function hasProseBetween(blocks: readonly RawBlock[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (isProse(blocks[i])) return true;
  return false;
}

/** Finds the cards of a page. Linear in blocks times nesting depth; no DOM access. */
export function findTeasers(blocks: readonly RawBlock[]): TeaserScan {
  const heads: number[] = [];
  const parent = (i: number) => blocks[i].ancestors[blocks[i].ancestors.length - 2];
  const inBox = (i: number, j: number) => !!blocks[j] && parent(j) === parent(i);
  blocks.forEach((rb, i) => {
    // A linked line closing its box under the box's prose is that text's link ("Alle Nachrichten in unserer App", a
    // briefing's last line), no headline: the box's heading heads the text. (A button's few words stay a card of their own.)
    if (!isHeadline(rb) || (!levelOf(rb) && rb.words > LABEL_MAX_WORDS && inBox(i, i - 1) && isProse(blocks[i - 1]) && !inBox(i, i + 1))) return;
    // A second line of the same heading, or inside the link that holds the last headline, is the same card's
    // (the title under its kicker line, a summary, a byline); so is a link of the card's own (cardsOwnLink).
    const last = heads.length ? heads[heads.length - 1] : -1;
    if (last >= 0 && (sameHeadline(blocks[last], rb) || partOfStory(blocks[last], rb) || (i - last <= REPEAT_LINK_GAP && cardsOwnLink(blocks, heads, rb, i)))) return;
    heads.push(i);
  });
  const count = withoutTopicLinks(blocks, heads);
  const head = new Uint8Array(blocks.length);
  for (const h of heads) head[h] = 1;
  const teasers: Teaser[] = [];
  const labels = new Set<number>();
  // Headings per parent element, counted once.
  const headingsIn = new Map<number, number>();
  blocks.forEach((rb, i) => { if (levelOf(rb)) headingsIn.set(parent(i), (headingsIn.get(parent(i)) ?? 0) + 1); });
  let last = 0; // blocks before `last` belong to an earlier card
  for (const h of heads) {
    if (h < last) continue;
    // `whole`: the container holding this headline alone, not a part of it cut down to card size.
    const { from, to, whole } = cardAround(blocks, h, last, count, head);
    if (!whole && to - from === 1) continue; // one headline over a long text: the engine reads it as before
    // A linked heading right over prose of its own parent is that text's headline, even where its box also holds links
    // ("See also") that made the box too crowded to be the card: a label stands over cards, not over a summary.
    // (The heading is its box's only one: a listicle's linked subheads share one body and stay its sections.) So is a
    // headline link alone in its box, its summary in a box beside it (past a picture's), where the parent holds no
    // heading; not a linked paragraph over paragraphs: a text's "see also" line, or a footer's link over its notice.
    let end = h + 1;
    while (to - from === 1 && blocks[h].block.isLink && (levelOf(blocks[h]) ? headingsIn.get(parent(h)) === 1 : !headingsIn.has(parent(h)) && blocks[h].el.localName !== 'p') && end < blocks.length && !head[end] && isProse(blocks[end]) && blocks[end].ancestors.includes(parent(h))) end++;
    if (end > h + 1) {
      teasers.push({ head: h, from: h, to: end });
      last = end;
      continue;
    }
    if (to - from === 1 && levelOf(blocks[h]) && blocks[h].words <= (blocks[h].block.isLink && blocks[h].el.closest('li') ? LABEL_MAX_WORDS : SECTION_LABEL_MAX_WORDS)) {
      labels.add(h);
      last = to;
      continue;
    }
    teasers.push({ head: h, from, to });
    last = to;
  }
  return { teasers, labels };
}
