// What a story card shows, once each: the kicker, the headline (whole: the card shortens it with CSS only),
// the deck, and the body's first line. Pure helpers, shared by the card, Copy and Markdown.
import type { StoryView } from '@shared/page';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A first sentence this long at most stands in for a title the engine shortened. */
const SENTENCE_TITLE_MAX_CHARS = 400;

/**
 * The story's whole title: the engine shortens long titles with "…". A headline it kept whole wins; else,
 * when the title was the start of the text's first sentence, that whole sentence.
 */
export function fullTitle(s: Pick<StoryView, 'title' | 'headline'> & Partial<Pick<StoryView, 'clean_text'>>): string {
  const t = s.title ?? '';
  if (!t.endsWith('…')) return t;
  const start = squash(t.slice(0, -1));
  if (s.headline && squash(s.headline).startsWith(start)) return s.headline;
  const first = (s.clean_text ?? '').split('\n', 1)[0].trim();
  const sentence = /^.+?[.!?]["'’”»)]*(?=\s+\p{Lu}|$)/u.exec(first)?.[0] ?? first;
  return squash(sentence).startsWith(start) && sentence.length <= SENTENCE_TITLE_MAX_CHARS ? sentence : t;
}

/** The title and deck a story is shown and saved with (see titleAndDeck), the kicker kept apart. */
export function headOf(s: Pick<StoryView, 'title' | 'headline' | 'kicker' | 'deck' | 'clean_text'>): { title: string; deck: string | null } {
  return titleAndDeck(titleUnderKicker(fullTitle(s), s.kicker), s.deck);
}

/** The title without a kicker it starts with ("RISING RACISM: Far-right …" under the kicker "RISING RACISM"). */
export function titleUnderKicker(title: string, kicker: string | null | undefined): string {
  if (!kicker) return title;
  const k = squash(kicker);
  if (!squash(title).startsWith(k)) return title;
  const rest = title.trimStart().slice(kicker.trim().length).replace(/^[\s:|–—-]+/u, '');
  return rest || title;
}

/** The body without leading paragraphs that repeat what the card shows above it (title, kicker, deck); may be empty. */
export function bodyBelowHead(text: string, shown: Array<string | null | undefined>, kicker?: string | null): string {
  const seen = shown.filter((s): s is string => !!s).map((s) => squash(s).replace(/…$/, ''));
  const k = kicker ? squash(kicker) : '';
  const paras = text.split(/\n{2,}|\n/);
  let i = 0;
  for (; i < paras.length; i++) {
    let p = squash(paras[i]);
    // "RISING RACISM: A Japanese group …": the kicker run into the deck's line.
    if (k && p.startsWith(k)) p = p.slice(k.length).replace(/^[\s:|–—-]+/u, '');
    if (p && !seen.some((s) => s === p || s.endsWith(p) || s.startsWith(p))) break;
  }
  return paras.slice(i).join('\n\n');
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * The text after `lead` when it opens with it (white space compared as one space), else the text whole. A title the
 * engine made from the first sentence is that sentence: the card's preview goes on after it, not with it again.
 */
export function afterLead(text: string, lead: string): string {
  const want = lead.trim();
  if (!want || want.endsWith('…')) return text;
  let i = 0;
  while (isSpace(text[i])) i++;
  for (let j = 0; j < want.length;) {
    if (isSpace(want[j])) {
      if (!isSpace(text[i])) return text;
      while (isSpace(want[j])) j++;
      while (isSpace(text[i])) i++;
    } else if (text[i++] !== want[j++]) return text;
  }
  // The lead must end at a word's end: "Storm" is no lead of "Stormy weather".
  return /[\p{L}\p{N}]/u.test(text[i] ?? '') ? text : text.slice(i).trimStart();
}

/**
 * Title and deck as the card shows them: when the engine's title is only the deck's start, cut short with
 * "…", the deck is the title (whole; CSS shortens it) and is not shown again below it.
 */
export function titleAndDeck(title: string, deck: string | null | undefined): { title: string; deck: string | null } {
  if (!deck) return { title, deck: null };
  const t = squash(title).replace(/…$/, '');
  return squash(deck).startsWith(t) ? { title: deck, deck: null } : { title, deck };
}

/** The card's small print, in the order a reader scans it. */
export function smallPrint(s: StoryView): string[] {
  return [s.byline, s.time, s.reading_time, s.paywall].filter((x): x is string => !!x);
}

