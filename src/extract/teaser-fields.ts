// A card's fields, read from its markup: headline (and the kicker a page puts inside the heading), kicker
// above it, bylines and times the markup names, labels, and the story's link. This small print leaves the
// blocks the engine reads, so it never becomes the title, the body or the "last sentence" of the cut flag.
// Small print known only by its words ("Von …", "2 Min") is read in the worker (shared/card-lines.ts): the
// word lists stay out of the page.
import type { TeaserFields } from '@shared/page';
import { isProse } from './detect';
import { inCardGroup, isHeadline, partOfStory, repeatsHeadline, sameHeading, sameLink, TIMED, type Teaser } from './teasers';
import { levelOf, type RawBlock } from './walk';
import { clean, KICKER_MAX_WORDS, LABEL_MAX_WORDS, META_MAX_WORDS, wordsIn } from '@shared/card-sizes';
import { attr } from './tree';

/** A title line under a kicker line in one link has a few words; "iX Magazin" after a title is its badge. */
const LINK_TITLE_MIN_WORDS = 3;
/** A headline's line is at most this long: a longer line under it in the same link is the summary. */
const HEAD_LINE_MAX_WORDS = 30;

export interface Card {
  fields: TeaserFields;
  /** Blocks of the card that are fields, not text: left out of what the engine reads. */
  small: number[];
}


/** What may stand between a kicker and its headline, left at the headline's start when the kicker is empty or apart: ": Altman …", "•Friedrich …". */
const LEADING_SEPARATOR = /^(?:[:|•·–—]|-(?=\s))\s*/u;

/**
 * A kicker set inside the heading, in an element of its own before the headline's ("<h2><span>Kusel</span>
 * <span>Police arrest two</span></h2>"): where the heading's first text node sits in a different child than
 * its last one, and that child holds only a few words. Inline emphasis (<b>, <em>) is part of the headline.
 */
function kickerInHead(rb: RawBlock): { kicker: string; headline: string } | null {
  const ps = rb.pieces;
  if (ps.length < 2) return null;
  let first = ps[0].node.parentElement;
  const lastEl = ps[ps.length - 1].node.parentElement;
  // In a heading, the kicker's element is the outermost one that holds the first text and not the last (<span class=kicker>
  // <span>Live:</span><span>Storm</span></span>: both spans are the kicker's).
  while (levelOf(rb) && first?.parentElement && !first.parentElement.contains(lastEl)) first = first.parentElement;
  if (!first || !lastEl || first === lastEl || first.contains(lastEl) || lastEl.contains(first)) return null;
  if (/^(?:b|i|em|strong|u|small)$/.test(first.localName)) return null;
  // The kicker's element holds a prefix of the pieces; the first piece outside it starts the headline.
  const at = ps.findIndex((p) => !first.contains(p.node));
  if (at < 1) return null;
  const text = rb.block.text;
  // Its words in boxes of their own ("Live:", "Storm"; a badge, then a topic) stand apart as laid out: a space between.
  // (Its length is read as the page's text has it: a badge glued to its topic is no word of the kicker's. A mark glued
  // to the next word, "•Storm", is spaced in the worker: shared/teaser-stories.ts.)
  const glued = clean(text.slice(0, ps[at].start));
  let kicker = '';
  for (let j = 0; j < at; j++) {
    const t = text.slice(ps[j].start, ps[j + 1].start);
    kicker += /[\p{L}\p{N}:]$/u.test(kicker) && /^\p{L}/u.test(t) ? ` ${t}` : t;
  }
  kicker = clean(kicker).replace(/[:|–—-]\s*$/u, '');
  const headline = clean(text.slice(ps[at].start)).replace(LEADING_SEPARATOR, '');
  // A link, then a shorter label after it ("Penguins 'flirt' with homosexuality | Earth News"): the link is the
  // headline. A topic's link before a longer headline ("Premier League | Library opens late") stays the kicker.
  const swap = first.localName === 'a' && lastEl.closest('a') !== first && wordsIn(headline) < wordsIn(kicker);
  const [k, h] = swap ? [headline, kicker] : [kicker, headline];
  if (!k || wordsIn(swap ? k : glued) > KICKER_MAX_WORDS || wordsIn(h) < 2) return null;
  return { kicker: k, headline: h };
}

/** An overlay link sits beside the headline's element at most this many levels up, in a box of this many elements. */
const OVERLAY_LINK_DEPTH = 3;
const OVERLAY_BOX_MAX = 8;

/** A link laid over a card: an address, and no text or element of its own (an icon's link is a share button). */
const isOverlayLink = (e: Element): boolean => e.localName === 'a' && e.hasAttribute('href') && !e.firstElementChild && !e.textContent?.trim();

/** The story's link: the headline's own, else the card's first; absolute against the page's address. */
function linkOf(blocks: readonly RawBlock[], t: Teaser, h: number, base: string): string | undefined {
  let a = blocks[h].link;
  // …else the headline again as a link laid over the card, before any other link in it (a gallery's, a topic's).
  for (let i = h + 1; !a && i < t.to; i++) if (repeatsHeadline(blocks[h], blocks[i])) a = blocks[i].link;
  for (let i = t.from; !a && i < t.to; i++) a = blocks[i].link;
  // …else a link with no text of its own beside the card's content, laid over the whole card ("stretched").
  // A box of more elements is a list of cards, not one: the walk up stops there, having read a few of them (linear).
  for (let e = blocks[h].el.parentElement, n = 0; !a && e && n < OVERLAY_LINK_DEPTH; e = e.parentElement, n++) {
    let c = e.firstElementChild;
    // Exactly one such link in the box: one beside each of several cards belongs to each, not to this one.
    let found: Element | null = null, links = 0;
    for (let k = 0; c && k < OVERLAY_BOX_MAX; k++, c = c.nextElementSibling) if (isOverlayLink(c)) { found = c; links++; }
    if (c || links > 1) break;
    a = found;
  }
  const href = attr(a, 'href')?.trim();
  // A page's own anchor or a script, mail or phone link is no story's address.
  if (!href || /^(?:#|javascript:|mailto:|tel:|data:)/i.test(href)) return undefined;
  try {
    return /^https?:/i.test(base) ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/**
 * What the markup names a short line, whatever its words: <address>, <time>, or a class naming an author, a source
 * ("source", "attribution": the provider, often with the time) or a date, on the line's element or one of the two
 * above it inside the card. The worker reads the words.
 */
const MARKED = /^address|(?:^|[\s_-])(author|byline|autor|(?:attribution|source)(?=$|[\s_-]))|^time|(?:^|[\s_-])(?:date|time|timestamp)(?:$|[\s_-])/i;
function smallPrint(rb: RawBlock, head: Element): 'byline' | 'time' | null {
  if (rb.words > META_MAX_WORDS || isProse(rb)) return null;
  for (let e: Element | null = rb.el, n = 0; e && n < 3 && !e.contains(head); n++, e = e.parentElement) {
    const m = MARKED.exec(`${e.localName} ${attr(e, 'class') ?? ''}`);
    if (m) return m[0].startsWith('a') || m[1] ? 'byline' : 'time';
  }
  return null;
}

/** A section's name as a card's kicker heading: a word or two. */
const SECTION_NAME_WORDS = 2;

/** Reads one card: its fields, and which of its blocks are small print. */
export function readCard(blocks: readonly RawBlock[], t: Teaser, base: string): Card {
  const small: number[] = [];
  // A heading in lines (kicker line, then title line): the last line is the headline, the ones above its kicker.
  let h = t.head;
  const above: string[] = [];
  // Only a line of kicker length goes above: a short line after a title is its badge ("heise+ exklusiv").
  // Lines of one heading: the last is the title. Lines of one link only when the next is a headline's length.
  // A heading over a plain line of its link is the title, the line its small print ("1 day ago") or summary; only a
  // heading of a section's name, a word or two, over a longer line is that headline's kicker ("Politik" over it).
  const titleBelow = (a: RawBlock, b: RawBlock) => sameHeading(a, b) || (b.words >= LINK_TITLE_MIN_WORDS && sameLink(a, b) && (!levelOf(a) || !!levelOf(b) || (a.words <= SECTION_NAME_WORDS && b.words > a.words)));
  // A longer line is a kicker only where the page set the title apart: a heading of a higher rank under it (<h4>kicker
  // </h4><h3>title</h3>), or a box inside the link's own text (<a><div>Long kicker<div>Title</div></div></a>). Such a
  // card stays a story of its own even without text (the lead card at a page's top, where short lines are the top bar's).
  let apart = false;
  while (h + 1 < t.to && blocks[h + 1].words <= HEAD_LINE_MAX_WORDS && titleBelow(blocks[h], blocks[h + 1]) && isHeadline(blocks[h + 1]) && (blocks[h].words <= KICKER_MAX_WORDS || (apart = (levelOf(blocks[h + 1]) ?? 9) < (levelOf(blocks[h]) ?? 0) || (!levelOf(blocks[h]) && blocks[h].el.contains(blocks[h + 1].el))))) {
    above.push(clean(blocks[h].block.text));
    small.push(h);
    h++;
  }
  const head = blocks[h];
  const split = above.length || (!levelOf(head) && TIMED.test(head.block.text)) ? null : kickerInHead(head); // a wire line's time is no headline
  const fields: TeaserFields = { headline: split ? split.headline : clean(head.block.text).replace(LEADING_SEPARATOR, '') };
  if (split) fields.kicker = split.kicker;
  else if (above.length) fields.kicker = above.join(' · ');
  const url = linkOf(blocks, t, h, base);
  if (url) fields.url = url;
  let text = 0;
  let textAbove = false;
  for (let i = t.from; i < t.to; i++) {
    if (i >= t.head && i <= h) continue;
    const rb = blocks[i];
    // The card's overlay link, saying the headline again, its related links under its text, and its links into its own
    // page (a live blog's entries, "#comments"): no text of the story, as a related link is none.
    if (i > h && (repeatsHeadline(head, rb) || partOfStory(head, rb) || (text > 0 && inCardGroup(head, rb)))) { small.push(i); continue; }
    const kind = smallPrint(rb, head.el);
    const line = clean(rb.block.text);
    if (kind) {
      small.push(i);
      fields[kind] ??= line;
      continue;
    }
    // Lines above the headline are its kicker or section, and a line of a few words that is no sentence
    // ("Video", "By A. Writer", "00:38") is small print or a label: the worker names them (card-lines.ts).
    // They leave a card a headline.
    // Prose above a heading is the card's text too (a quote set over its headline); above a bare link ("More") it is not.
    if (i > h ? rb.words > LABEL_MAX_WORDS || (rb.words > 1 && /[.!?]$/.test(line)) : !!levelOf(head) && isProse(rb) && (textAbove = true)) text += rb.words;
  }
  // …and then the headline under it is no line of that text: were it read last, the cut flag would read it.
  if (textAbove) small.push(h);
  if (!text && !apart) fields.headline_only = true;
  return { fields, small };
}
