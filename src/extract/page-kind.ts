// The one place that decides what a page is: one main article (kept whole), or a listing of teaser cards
// (each card its own story, its small print in fields). Every other module asks; none decides on its own.
import { isListLine } from '@shared/headline-lists';
import type { Teaser as TeaserInfo } from '@shared/page';
import { markArticle, markMainArticle, MAIN_ARTICLE_ID, type ArticleDoc } from './article';
import { isProse, type Detection } from './detect';
import { isBoilerplateText } from './boilerplate';
import { adLink, keepStoryBlocks } from './keep';
import { readCard, type Card } from './teaser-fields';
import { findTeasers, MIN_TEASERS, type Teaser } from './teasers';
import { linkListCards, linkListName, takeLinkListNames } from './link-lists';
import { levelOf, sharedAncestors, type RawBlock } from './walk';

/** On a listing page at least this share of the prose sits in cards. */
const CARD_PROSE_SHARE = 0.5;
/** …unless the prose outside them is too little to be an article or a text of its own (a front of headline lists
 * with a two-line lead: its cards are the page). */
const TEXT_MIN_PROSE_WORDS = 100;
/** …or than a brief's under its own title: a section's blurb is shorter. */
const BRIEF_MIN_WORDS = 40;
/** Between cards, a line this short that is no prose is a counter or a button ("3", "Merkliste"). */
const ORPHAN_MAX_WORDS = 3;


/** Between two looks at the clock while reading cards. */
const CARDS_PER_PAUSE = 32;
/** …and while placing the blocks. */
const BLOCKS_PER_PAUSE = 2048;

/** Hands the event loop back to the page when the time slice is used up (see extract.ts). */
export type Pause = () => Generator<void, void, void>;

export type PageKind = 'article' | 'listing' | 'text';

export interface PageRead {
  kind: PageKind;
  /** The story blocks, in page order. */
  blocks: RawBlock[];
  teasers: TeaserInfo[];
}

/** A label's container may sit this many levels below the one it shares with its cards (its own box, a header row, a column). */
const LABEL_SCOPE_DEPTH = 3;

/** The container a section label shares with the first card after it, if close enough above the label to be its section. */
function sectionScope(label: readonly number[], head: readonly number[]): number | undefined {
  const d = sharedAncestors(label, head);
  return d > 0 && label.length - d <= LABEL_SCOPE_DEPTH ? label[d - 1] : undefined;
}

/** The first heading of a card. */
const headingOf = (blocks: readonly RawBlock[], c: Teaser) => blocks.slice(c.from, c.to).find((rb) => levelOf(rb));

/**
 * Card `t` is in the row of card `s`: their first headings are of one level at one depth, each in elements of the same
 * names below the box they share, and that box is no wider than the one `s` shares with its other neighbour `u` (the
 * page's main and its footer share only the body, where two cards of one row share their row).
 */
function sameRow(blocks: readonly RawBlock[], t: Teaser, s: Teaser, u: Teaser | undefined): boolean {
  const a = headingOf(blocks, t), b = headingOf(blocks, s), c = u && headingOf(blocks, u);
  const n = a?.ancestors.length;
  if (!a || !b || levelOf(a) !== levelOf(b) || n !== b.ancestors.length) return false;
  const shared = sharedAncestors(a.ancestors, b.ancestors);
  if (c && sharedAncestors(b.ancestors, c.ancestors) > shared) return false;
  let x: Element | null = a.el, y: Element | null = b.el;
  for (let d = n - shared; x && y && d > 0; d--, x = x.parentElement, y = y.parentElement) if (x.localName !== y.localName) return false;
  return true;
}

/**
 * Reads the walked blocks as one of three kinds:
 * - article: a main article (title over a body of prose) is marked whole, and the page is read as before;
 * - listing: at least MIN_TEASERS cards; each card's blocks get their own `article` id (the engine keeps
 *   a card whole and starts a story at each), and its small print moves into fields;
 * - text: neither (run-on text, a forum page): the engine finds the stories in the text.
 * `docOf` tells what the document says of itself; `base` is the page's address, for absolute links.
 */
export function* readPage(walked: RawBlock[], docOf: (kept: readonly RawBlock[]) => ArticleDoc, det: Detection, base: string, pause: Pause): Generator<void, PageRead, void> {
  const kept = keepStoryBlocks(walked, det);
  const asText = (): PageRead => ({ kind: 'text', blocks: kept, teasers: [] });
  yield* pause();
  if (markMainArticle(kept, docOf(kept))) return { kind: 'article', blocks: kept, teasers: [] };
  yield* pause();
  // One headed body of prose with few heads is an article body, however its sections are wrapped.
  if (markArticle(kept, det)) return asText();
  const scan = findTeasers(walked);
  yield* pause();
  if (scan.teasers.length < MIN_TEASERS) return asText();
  // Cards are read a few at a time: each asks the DOM for its links, and a page may hold thousands.
  const cards: { t: Teaser; card: Card }[] = [];
  for (const t of scan.teasers) {
    cards.push({ t, card: readCard(walked, t, base) });
    if (cards.length % CARDS_PER_PAUSE === 0) yield* pause();
  }
  // A card is a story whatever the chrome rules say of its container (a "Most read" list of headline cards
  // becomes one headline list); text-level junk is still dropped inside it.
  // A listing holds cards with text, or a ticker's headlines under headings; a few loose headlines and
  // links around one text do not make one.
  // …or a row of headline links to its own stories (a text edition's index, a wire list).
  const linkList = linkListCards(cards, base);
  takeLinkListNames(walked, cards, linkList);
  // (Each phase over all the cards gives the page back when the slice is used up: on a front of thousands they
  // take tens of milliseconds each.)
  yield* pause();
  const shown = cards.filter(({ t, card }, k) => !card.fields.headline_only || linkList[k] > 0 || (isListLine(card.fields) && !!levelOf(walked[t.head])));
  if (shown.length < MIN_TEASERS) return asText();
  // …and most of the page's prose sits in its cards: an article with a strip of teasers beside it is an article.
  const inCards = new Set<RawBlock>();
  for (const { t } of shown) for (let i = t.from; i < t.to; i++) inCards.add(walked[i]);
  let prose = 0;
  let cardProse = 0;
  for (const rb of kept) if (isProse(rb)) {
    prose += rb.words;
    if (inCards.has(rb)) cardProse += rb.words;
  }
  // A page titled by a heading of its own (an unlinked h1, outside the cards) over a brief's worth of text is that text.
  const outside = prose - cardProse;
  const titled = () => kept.some((rb) => levelOf(rb) === 1 && !rb.block.isLink && !inCards.has(rb));
  if (cardProse < CARD_PROSE_SHARE * prose && (outside >= TEXT_MIN_PROSE_WORDS || (outside >= BRIEF_MIN_WORDS && titled()))) return asText();
  const subheads = new Set<number>();
  const protect = new Set<number>();
  const story: boolean[] = []; // the cards kept as stories, whatever the chrome rules say
  const listLine = (k: number) => !!cards[k] && isListLine(cards[k].card.fields);
  cards.forEach(({ t, card }, k) => {
    // A headline alone is protected only as a line of a list (the site's name in its header is no story).
    // …and only under a heading of its own (a ticker's lines); bare links ("See also") pass the chrome rules.
    const listed = linkList[k] > 0 || (!!levelOf(walked[t.head]) && isListLine(card.fields) && (listLine(k - 1) || listLine(k + 1)));
    if (!card.fields.headline_only || listed) story[k] = true;
  });
  // …or as one of a row of cards of one shape, beside a card that is a story: its heading of the same level at the
  // same depth, in a box of the same elements ("Latest": cards of a headline and a time, one with a byline too).
  for (const step of [1, -1]) for (let k = step > 0 ? 1 : cards.length - 2; k >= 0 && k < cards.length; k += step) {
    if (!story[k] && story[k - step] && sameRow(walked, cards[k].t, cards[k - step].t, cards[k - 2 * step]?.t)) story[k] = true;
  }
  cards.forEach(({ t }, k) => { if (story[k]) for (let i = t.from; i < t.to; i++) protect.add(i); });
  yield* pause();
  // A heading alone over running prose outside any card is a subhead of that text, not a card.
  const keptSet = new Set(kept);
  // So is a heading over such a subhead (a title over its dateline line): walked from the last card back.
  for (let k = cards.length - 1; k >= 0; k--) {
    const { t, card } = cards[k];
    if (!card.fields.headline_only) continue;
    let j = t.to;
    while (j < walked.length && !keptSet.has(walked[j])) j++;
    const next = cards[k + 1]?.t;
    if (j < walked.length && (!next || j < next.from ? isProse(walked[j]) : j === next.from && subheads.has(k + 1))) subheads.add(k);
  }
  const drop = new Set<number>(scan.labels);
  for (const { card } of cards) for (const i of card.small) drop.add(i);
  // Kept: what the chrome rules kept, and the protected cards' lines that are no junk by their text or their ad link.
  const keptAll = new Set(kept);
  for (const i of protect) if (!isBoilerplateText(walked[i].block.text, walked[i].words) && !adLink(walked[i])) keptAll.add(walked[i]);
  yield* pause();
  const teasers: TeaserInfo[] = [];
  // A section label names the cards of its own part of the page: those under the closest container it shares
  // with the first card after it, when that container is near the label (else the label is a lone heading).
  let section: string | undefined;
  let label: number[] | null = null; // the ancestors of a label whose scope the next card sets
  let scope: number | undefined;
  let run = 0; // the row of headline links the last card was in (0: none), and its name
  let runName: string | undefined;
  let c = 0;
  let prevId: number | undefined;
  const blocks: RawBlock[] = [];
  for (let i = 0; i < walked.length; i++) {
    if (i % BLOCKS_PER_PAUSE === 0) yield* pause();
    const rb = walked[i];
    // A label starts a new part of the page: the row of links above it no longer names what follows.
    if (scan.labels.has(i)) { section = rb.block.text.trim(); label = rb.ancestors; scope = undefined; runName = undefined; }
    while (c < cards.length && cards[c].t.to <= i) c++;
    if (drop.has(i) || !keptAll.has(rb)) continue;
    const at = cards[c];
    const inCard = !!at && at.t.from <= i && i < at.t.to && !subheads.has(c);
    // A word or two between cards ("3", "Merkliste", "Alle Beiträge") is a counter or a button, not a story.
    if (!inCard && rb.words <= ORPHAN_MAX_WORDS && !isProse(rb)) continue;
    const id = inCard ? MAIN_ARTICLE_ID + 1 + c : undefined;
    if (id !== undefined && teasers.at(-1)?.id !== id) {
      const head = walked[at.t.head].ancestors;
      if (label) { scope = sectionScope(label, head); label = null; }
      const labelled = section !== undefined && scope !== undefined && head.includes(scope) && !at.card.fields.section;
      // A row of headline links is named by the short line above it, when no section label names it.
      if (linkList[c] !== run) { run = linkList[c]; runName = run ? linkListName(walked, at.t.from, cards[c - 1]?.t.to ?? 0) : undefined; }
      const name = labelled ? section : runName;
      teasers.push({ id, ...(name ? { section: name } : {}), ...at.card.fields });
    }
    // A story starts at each card, and at whatever follows a card (the worker joins headline lists).
    // Prose right after a card may be the card's own body set outside it (an article under its headline card):
    // there the engine decides.
    if (id !== prevId && (id !== undefined || !isProse(rb))) rb.block.startsStory = true;
    prevId = id;
    if (id !== undefined) rb.block.article = id;
    blocks.push(rb);
  }
  return { kind: 'listing', blocks, teasers };
}
