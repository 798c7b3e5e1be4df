// The engine's stories, joined with the teaser cards the page extraction found: a story that is one card
// takes the card's fields (its whole headline as title, kicker, byline, time, link…). Pure data: the worker
// and the CLI both call it on the engine's result.
import type { Story } from '@core/types';
import type { PageStory, Teaser } from './page';
import { addressesReader, bylineAndTime, FORMAT_BADGE_GLUED } from './card-words';
import { wordsIn } from './card-sizes';
import { markTeasers } from '@core/anatomy/teasers';

/** The card a story is made of: the one whose blocks it starts on, when every marked block it holds is that card's. */
function cardOf(story: Story, ids: readonly (number | undefined)[], byId: Map<number, Teaser>): Teaser | undefined {
  if (!story.startPos || !story.endPos) return undefined;
  let card: Teaser | undefined;
  const last = story.endPos.offset > 0 ? story.endPos.block : story.endPos.block - 1;
  for (let b = story.startPos.block; b <= last && b < ids.length; b++) {
    const id = ids[b];
    const t = id !== undefined ? byId.get(id) : undefined;
    if (!t) continue;
    if (card && card !== t) return undefined;
    card = t;
  }
  return card;
}

/** Text compared as a reader sees it: spacing and case aside. */
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Leading lines of the clean text that only repeat the title or kicker: the card shows those once. */
function withoutHead(clean: string, head: readonly (string | undefined | null)[]): string {
  const heads = head.filter((h): h is string => !!h).map(norm);
  const paras = clean.split(/\n{2,}/);
  while (paras.length > 1 && heads.some((h) => norm(paras[0]) === h || (h.endsWith(norm(paras[0])) && norm(paras[0]).length > 0))) paras.shift();
  return paras.join('\n\n');
}

/** A card's text of short lines with no sentence mark at all is its subtitle (or a few links under the headline,
 * "Baseball Writers Round Table"), not a sentence cut short. */
const SUBTITLE_MAX_WORDS = 6;
const SUBTITLE_MAX_LINES = 3;
const subtitle = (body: string): boolean => {
  const lines = body.split(/\n+/);
  return !/[.!?…:;,]/.test(body) && lines.length <= SUBTITLE_MAX_LINES && lines.every((l) => l.trim().split(/\s+/).length <= SUBTITLE_MAX_WORDS);
};

/** A promo line: one line of a headline's build, no sentence mark at all ("Ferry crews on their last winter run").
 * One alone may be a summary cut short; a page that sets several cards so does it by style. */
const PROMO_LINE_MAX_WORDS = 16;
const PROMO_STYLE_MIN_CARDS = 3;
/** Texts cut at a length limit end within a few words of it: the longest at most this much longer than the shortest.
 * A page's promo lines are as long as they need to be. */
const LIMIT_CUT_MAX_RATIO = 1.35;
const promoLine = (body: string): boolean => !/[\n.!?…:;,]/.test(body.trim()) && body.trim().split(/\s+/).length <= PROMO_LINE_MAX_WORDS;
const bodyOf = (s: PageStory): string => (s.headline && s.clean_text.startsWith(`${s.headline}\n\n`) ? s.clean_text.slice(s.headline.length + 2) : '');

/** The cards "cut" only by ending with no full stop, on a page that sets PROMO_STYLE_MIN_CARDS or more promo lines of
 * lengths unlike a limit's: whole, by the page's style. Returns the stories and the ones cleared. */
function withPromoStyle(stories: PageStory[]): [PageStory[], Set<PageStory>] {
  const noStop = new Set(stories.filter((s) => s.flags.some((f) => f.code === 'end_no_stop') && promoLine(bodyOf(s))));
  let longest = 0, shortest = Infinity; // (no spread: a front may hold more cards than a call takes arguments)
  for (const s of noStop) { const n = bodyOf(s).trim().length; longest = Math.max(longest, n); shortest = Math.min(shortest, n); }
  if (noStop.size < PROMO_STYLE_MIN_CARDS || longest <= LIMIT_CUT_MAX_RATIO * shortest) return [stories, new Set()];
  const cleared = new Set<PageStory>();
  const out = stories.map((s) => {
    if (!noStop.has(s)) return s;
    const whole = { ...s, flags: s.flags.filter((f) => f.name !== 'cut_mid_sentence'), truncated_end: false };
    cleared.add(whole);
    return whole;
  });
  return [out, cleared];
}

/** `ids[i]`: the card of the page's block i (after headline lists were joined), or undefined. */
export function withTeaserFields(stories: readonly Story[], ids: readonly (number | undefined)[], teasers: readonly Teaser[] | undefined): PageStory[] {
  if (!teasers?.length) return stories as PageStory[];
  const byId = new Map(teasers.map((t) => [t.id, t]));
  const cards = stories.map((s) => cardOf(s, ids, byId));
  const joined = stories.map((s, i): PageStory => {
    const t = cards[i];
    if (!t) return s;
    const { id: _id, ...fields } = t;
    // A mark the page glued to the word after it, as its boxes laid them apart ("Opinion •Storm"), stands apart. (Words
    // in boxes of their own are spaced in the page, extract/teaser-fields.ts kickerInHead; marks here, off its byte budget.)
    // So does a format's badge glued to the topic after it ("LiveNahost": card-words FORMAT_BADGE_GLUED).
    const kicker = t.kicker?.replace(/\s*([•·|])(?=\p{L})/gu, ' $1 ').replace(FORMAT_BADGE_GLUED, '$1 · ').trim() ?? s.kicker;
    if (t.items) {
      // A headline list: the title names it, and its lines are the text (one headline a line). A list the page names
      // nowhere is untitled: its first line would read as the title of one story…
      // …unless that line alone leads nowhere, over lines that all link: then it is the box's name, set as a line.
      // A job's advert is no line of it.
      const lines = t.items.filter(isStoryLine);
      const named = !t.section && lines.length > NAMED_LIST_MIN_LINES && !lines[0].url && lines.slice(1).every((x) => x.url);
      const items = named ? lines.slice(1) : lines;
      const title = t.section ?? (named ? lines[0].headline : '');
      return { ...s, ...fields, items, title, headline: null, kicker: null, deck: null, byline: null, clean_text: items.map((x) => x.headline).join('\n'), flags: [], truncated_end: false, truncated_start: false };
    }
    // What Copy takes: the whole headline once (not glued to its kicker), then the card's text.
    const signed = bylineAndTime(t.byline ?? s.byline);
    // The engine's first line repeats the headline (often glued to its kicker) unless the card's text stands above it.
    const first = s.text.split('\n')[0];
    const body = t.headline_only ? '' : withoutHead(s.clean_text, [t.headline, s.title, s.headline, kicker && `${kicker} ${t.headline}`, norm(first).includes(norm(t.headline)) ? first : null]);
    return {
      ...s,
      ...fields,
      title: t.headline,
      headline: t.headline,
      kicker: kicker ?? null,
      byline: signed.byline,
      ...(!t.time && signed.time ? { time: signed.time } : {}),
      clean_text: body ? `${t.headline}\n\n${body}` : t.headline,
      // A card starts on its own headline, never inside a sentence (a kicker in the heading, "live", is no sentence's
      // end); and a headline alone has no text that could be cut short.
      // …nor has a subtitle: one short line with no sentence in it ("The Top 50 in College Football").
      ...(body && !subtitle(body) ? { flags: s.flags.filter((f) => f.name !== 'starts_mid_sentence'), truncated_start: false } : { flags: [], truncated_end: false, truncated_start: false }),
    };
  });
  const listed = joined.map((_, i) => !serviceBox(cards[i]) && !siteOwn(cards[i]));
  return withTeaserEvidenceOfList(...withPromoStyle(withoutRepeats(withoutLinklessCards(joined.filter((_, i) => listed[i]), cards.filter((_, i) => listed[i])))));
}

/** A list named by its first line holds at least two more lines. */
const NAMED_LIST_MIN_LINES = 2;

/** A job's advert: its title marks the genders it is open to, "(m/w/d)", "(f/m/x)", "(H/F)". */
const JOB_GENDERS = /\((?:[mwfdxh]|div)(?:\s?\/\s?(?:[mwfdxh]|div)){1,2}\)/giu;
/** …a man (m, or French h) and a woman (w, f) among them: "(W/D)", a win and a draw, is a score. */
const isJobAd = (headline: string) => [...headline.matchAll(JOB_GENDERS)].some(([g]) => /[mh]/i.test(g) && /[wf]/i.test(g));
/** A site's home page, "/" or "/index.html" with no query: a teaser leads to its story, so a card that links to a
 * home page ("https://sudoku.example.com/", a job market's, a breadcrumb's "/", "Reload the page") is the site's own. */
const HOME_PATH = /^\/(?:(?:index|default)\.\w{2,5})?$/i;
/** …or a sign-in page, named by its host ("login.example.com") or by a whole step of its path ("/user/login"): a box
 * that asks the reader to sign in ("Sign in to see your friends' birthdays"). */
const SIGN_IN_HOST = /^(?:login|signin|auth|accounts?)\./i;
const SIGN_IN_STEP = /^(?:log-?in|sign-?in|sign-?up|registrierung|anmelden|anmeldung|connexion|iniciar-sesion|accedi|my-?account|mein-?konto)$/i;
function linksToSite(url: string | undefined): boolean {
  if (!url) return false;
  try {
    // The base has a path of its own, so a bare "#top" or "" stays on the page, not on its home.
    const u = new URL(url, 'http://page.invalid/p/');
    // A hash route ("/#/news/12") is a page of a one-page site, not its home.
    const home = HOME_PATH.test(u.pathname) && !u.search && !/^#[!/]/.test(u.hash);
    return home || SIGN_IN_HOST.test(u.hostname) || u.pathname.split('/').some((step) => SIGN_IN_STEP.test(step));
  } catch {
    return false;
  }
}
/** A line of a list that may be a story: no job's advert, no link to a home page or a sign-in. */
const isStoryLine = (x: { headline: string; url?: string }): boolean => !isJobAd(x.headline) && !linksToSite(x.url);
/** The site's own card: a job's advert or a link to a home page or a sign-in, or a list of nothing else. */
const siteOwn = (t: Teaser | undefined): boolean =>
  !!t && (t.items ? !t.items.some(isStoryLine) : isJobAd(t.headline) || linksToSite(t.url));

/**
 * A list the page names nowhere, whose lines lead nowhere as often as they link and carry no time, is a box of the
 * site's own (a podcast over its "All episodes", an offer set twice, products over their prices), not a list of
 * stories: a list of news links its lines or dates them. (Named lists of unlinked headlines stay: some pages link a
 * whole box by script.)
 */
const serviceBox = (t: Teaser | undefined): boolean =>
  !!t?.items && !t.section && 2 * t.items.filter((x) => x.url).length <= t.items.length && !t.items.some((x) => x.time);

/** A suspect card's text is a site feature's tagline at this many words at most… */
const TAGLINE_MAX_WORDS = 8;
/** …or a list of answers or options, each line this short. */
const LABEL_LINE_MAX_WORDS = 4;
/** …or a text outside the cards that speaks to the reader, at this many words at most. */
const SERVICE_TEXT_MAX_WORDS = 40;
/** Where at least this share of a page's cards link to their stories, a card that links nowhere is suspect. */
const LINKED_CARDS_SHARE = 0.8;

/**
 * A feature of the site set like a card ("Reading list: save your articles", a poll's answers) leads nowhere and says no sentence,
 * or speaks to the reader:
 * on a page whose cards link to their stories, such a card is not one of them. A card with no link but sentences
 * of its own is kept: some pages open their stories by script (a video card). Headline lists stay.
 */
function withoutLinklessCards(joined: PageStory[], cardOfStory: readonly (Teaser | undefined)[]): PageStory[] {
  const cards = cardOfStory.map((t) => (t && !t.items ? t : undefined));
  const n = cards.filter(Boolean).length;
  const linked = cards.filter((t) => t?.url).length;
  if (!n || linked < LINKED_CARDS_SHARE * n) return joined;
  // Text under the headline with no sentence end in any script, and of a label's size: a tagline or a poll's answers.
  // A headline alone is a line of news, kept; so is a standfirst with no stop (many sites, and Thai, set none).
  const tagline = (s: PageStory) => {
    const body = s.clean_text.slice(s.title.length).trim();
    return !!body && !/[\p{Sentence_Terminal}…]/u.test(body) && (wordsIn(body) <= TAGLINE_MAX_WORDS || body.split('\n').every((l) => wordsIn(l) <= LABEL_LINE_MAX_WORDS));
  };
  // …or a box that speaks to the reader ("Choose your region", "Tell us what is missing", a subscription's offer), with no
  // byline and no time: a news card reports, a site's service box addresses its reader.
  // So is a short text between the cards that does so ("Something missing? Tell us."), set outside any card.
  const service = (s: PageStory, t: Teaser | undefined) => !(t ? t.byline || t.time : s.byline || wordsIn(s.clean_text) > SERVICE_TEXT_MAX_WORDS) && addressesReader(s.clean_text);
  return joined.filter((s, i) => (cardOfStory[i] && !cards[i]) || !!cards[i]?.url || !((cards[i] && tagline(s)) || service(s, cards[i])));
}

/**
 * The same teaser set twice on one page (in the top strip and again in its section): listed once, as its fullest
 * copy, where that copy stands. Same link and headline, and the other copy's text is all inside it.
 */
function withoutRepeats(stories: PageStory[]): PageStory[] {
  const key = (s: PageStory) => (s.url && !s.items ? `${s.url}\n${norm(s.title)}` : undefined);
  const fullest = new Map<string, number>();
  stories.forEach((s, i) => {
    const k = key(s);
    if (!k) return;
    const j = fullest.get(k);
    if (j === undefined || s.clean_text.length > stories[j].clean_text.length) fullest.set(k, i);
  });
  return stories.filter((s, i) => {
    const k = key(s);
    const j = k === undefined ? undefined : fullest.get(k);
    return j === undefined || j === i || !norm(stories[j].clean_text).includes(norm(s.clean_text));
  });
}

/**
 * "Likely a teaser" judged again on the stories as listed: the engine judged each among all the page's text, where a
 * headline list's lines end with no full stop and so read as cut siblings (every summary of a front beside a
 * "MORE NEWS" list came out "likely a teaser"). A list is no teaser, and a card's small print is no sentence.
 */
function withTeaserEvidenceOfList(stories: PageStory[], promos: ReadonlySet<PageStory>): PageStory[] {
  const out = stories.map((s) => {
    if (!s.flags.some((f) => f.name === 'likely_teaser')) return s;
    const flags = s.flags.filter((f) => f.name !== 'likely_teaser');
    return { ...s, flags, truncated_end: flags.some((f) => f.name === 'cut_mid_sentence') };
  });
  // A promo line ends on no full stop: it is whole by style, and "likely a teaser" would say it ends on one.
  const judge = (s: PageStory) => !s.items && !promos.has(s);
  const judged = out.filter(judge).map((s) => ({ ...s, flags: [...s.flags] }));
  markTeasers(judged);
  let k = 0;
  return out.map((s) => (judge(s) ? judged[k++] : s));
}
