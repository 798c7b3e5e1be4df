// Headline lists: a run of headline-only cards (a ticker, "More headlines", "Latest") is listed as one story
// whose lines keep their links, not as dozens of one-line stories, nor merged into day-long ones. The page
// extraction protects such runs from the chrome rules; the worker and the CLI join them here.
import type { Block } from '@core/types';
import { countMatches } from './card-sizes';
import { isSectionLink } from './index-pages';
import type { HeadlineItem, Teaser, TeaserFields } from './page';

/** A list's line is a headline of a few words at least: "Home", "Alle Beiträge", "Merkliste" are a menu's; a line with its
 * time is a ticker's or a wire list's, however short ("Heat's Hardaway Sidelined 8:21 p.m. ET"). */
const LIST_LINE_MIN_WORDS = 4;

/** …and says something in words: letters outnumber digits this many times ("Sat Jan 01 00:00:00 UTC 2005", an
 * archive's calendar, does not; a headline in any script does). */
const LIST_LINE_LETTERS_PER_DIGIT = 2;

/** Words in letters, not a date or a time. */
const saysSomething = (s: string) => countMatches(s, /\p{L}/gu) >= LIST_LINE_LETTERS_PER_DIGIT * countMatches(s, /\p{Nd}/gu);

/** Is a card a line of a headline list: a headline and no text? */
export const isListLine = (f: Partial<TeaserFields>): boolean => headlineOnly(f, f.time ? 0 : LIST_LINE_MIN_WORDS);

/** A headline-only card with no byline, of at least `minWords` words, that says something in words. */
const headlineOnly = (f: Partial<TeaserFields>, minWords: number): boolean =>
  !!f.headline_only && !f.byline && (f.headline?.split(/\s+/).length ?? 0) >= minWords && saysSomething(f.headline ?? '');

/** A shorter headline-only line goes on a list when list lines stand on both sides of it ("Gore Expresses Gratitude"). */
const BETWEEN_LINE_MIN_WORDS = 2;
/** A headline-only line too short for a list line alone, which goes on a list between two of its lines. */
export const isShortListLine = (f: Partial<TeaserFields>): boolean => headlineOnly(f, BETWEEN_LINE_MIN_WORDS) && !isSectionLink(f.url);

const itemOf = (f: Teaser): HeadlineItem => ({ headline: f.headline, ...(f.url ? { url: f.url } : {}), ...(f.kicker ? { kicker: f.kicker } : {}), ...(f.time ? { time: f.time } : {}) });

/**
 * Joins runs of list-line cards that follow each other with nothing between: their blocks take the first
 * card's id (no story starts inside the run), and that card becomes the list, titled by its section.
 */
export function joinHeadlineLists(blocks: readonly Block[], teasers: readonly Teaser[]): { blocks: Block[]; teasers: Teaser[] } {
  const byId = new Map(teasers.map((t) => [t.id, t]));
  const lists = new Map<number, Teaser>(); // list id → the list
  const joined = new Map<number, number>(); // card id → the list it joined
  // Cards whose headline is a heading: a short one ("Linux hardening") is a list's line like its neighbours,
  // where a bare short link is a button.
  const headed = new Set(blocks.flatMap((b) => (b.headingLevel && b.article !== undefined ? [b.article] : [])));
  // The card of the next block that holds another card, for each block: a short line between two lines of a list
  // ("Serbian Official Charged") is one of them, where a short link after a list's last line may be its button.
  const nextCard: (Teaser | undefined)[] = new Array(blocks.length);
  for (let i = blocks.length - 1, after: Teaser | undefined; i >= 0; i--) {
    nextCard[i] = after;
    const c = blocks[i].article !== undefined ? byId.get(blocks[i].article!) : undefined;
    if (c && c !== nextCard[i]) after = c;
    else if (!c) after = undefined;
  }
  let prev: Teaser | undefined; // the card of the previous block
  let prevIn = false; // …and it is a line of a list
  const out = blocks.map((b, i) => {
    const card = b.article !== undefined ? byId.get(b.article) : undefined;
    // A new section label ("Samstag, 28.02.2026") starts a new list.
    const goesOn = !!prev && prevIn && prev.section === card?.section;
    const between = goesOn && !!card && isShortListLine(card) && !!nextCard[i] && isListLine(nextCard[i]!);
    if (card && card !== prev && (isListLine(card) || (goesOn && !!card.headline_only && !card.byline && (headed.has(card.id) || between)))) {
      const listId = goesOn ? (joined.get(prev!.id) ?? prev!.id) : card.id;
      if (listId !== card.id) joined.set(card.id, listId);
      const list = lists.get(listId) ?? { id: listId, headline: card.section ?? card.headline, ...(card.section ? { section: card.section } : {}), headline_only: true, items: [] };
      list.items!.push(itemOf(card));
      lists.set(listId, list);
      prevIn = true;
    } else if (card !== prev) prevIn = false;
    prev = card;
    const to = card ? joined.get(card.id) : undefined;
    return to === undefined ? b : { ...b, article: to, startsStory: false };
  });
  // One headline alone is a story of its own.
  const kept = teasers.flatMap((t) => {
    if (joined.has(t.id)) return [];
    const list = lists.get(t.id);
    return [list && list.items!.length > 1 ? list : t];
  });
  return { blocks: out, teasers: kept };
}
