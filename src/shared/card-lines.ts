// The small print of teaser cards known only by its words: "Von A. Writer", "00:38 Uhr", "2 Min", "Plus",
// "Ein Kommentar von" over a name, or a byline run into the end of the text. Read here, in the worker and
// the CLI, before the engine runs, so the word lists stay out of the page and the small print out of the
// text the engine reads: it becomes the card's fields, never its title, body or "last sentence".
import type { Block, Story } from '@core/types';
import { lineNoise } from '@core/anatomy/clean';
import { isAdLabel } from '@core/anatomy/ad-items';
import { ENDS_ON_STOP } from '@core/text/ending';
import { allLangData } from '@core/text/lang/anatomy/index';
import { BYLINE, BYLINE_LEAD, BYLINE_WORD, isLanguageNames, KIND_PHRASE, REPORTS, PAYWALL, READING_TIME, TIME, TIME_LABEL, titleCase } from './card-words';
import { LEGAL_LINE } from './legal-line';
import { joinHeadlineLists } from './headline-lists';
import { isIndexPage, isTopicPage } from './index-pages';
import { pageTopLines } from './page-top';
import type { HeadlineItem, Teaser } from './page';
import { clean, countMatches, KICKER_MAX_WORDS, LABEL_MAX_WORDS, listNameShape, META_MAX_WORDS, wordsIn } from './card-sizes';

/** A list mark before a line's link ("• Briefing"): the page's, not the headline's. */
const LEADING_MARK = /^[•·▪►›»|–—-]\s*/u;
/** A headline-only card of this many words at most, a bare link, is a button or a menu entry ("Jetzt mit F+ lesen",
 * "• N.Y. Region Text Version"); a list's line has more, or a time. */
const BUTTON_MAX_WORDS = 4;
/** A topic page's "more" link is a short line too, if longer ("Alle Artikel zu diesem Thema"); a headline is longer. */
const TOPIC_BUTTON_MAX_WORDS = 6;
/** A "more" button: a few words that end on an ellipsis ("MORE WORLD NEWS . . .", "Weitere Meldungen …"). It is no
 * headline, no line of a list and no cut text: the page's own link to the rest. */
const MORE_MAX_WORDS = 4;
const isMore = (line: string): boolean => /(?:\.\s?\.\s?\.|…)$/.test(line) && (line.match(/\p{L}{2,}/gu) ?? []).length <= MORE_MAX_WORDS && MORE_WORD.test(line);
/** …with a word that says so: "And the winner is…" is a headline. */
const MORE_WORD = /(?:^|[^\p{L}])(?:more|mehr|weitere|plus|más|mais|altre|altri|autres|other|andere)(?:[^\p{L}]|$)/iu;
/** A link that opens with "more" ("more on this", "mehr zum Thema"): a topic's button, where a kicker may say "Mehr
 * Netto" or "Disney Plus". */
const MORE_LINK = /^(?:more|mehr|weitere|más|mais|altre|altri|autres)(?:[^\p{L}]|$)/iu;

/** A list's name (card-sizes.ts), and no "more" link. */
const isListName = (line: string): boolean => listNameShape(line) && !isMore(line);

/** A time after a headline on its line ("Ferry fares rise 09:12"): the time is a field. */
const TIME_AFTER = /^(.*\S)\s+(\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s?[A-Z]{2,4})?)$/iu;

function timeOffHeadline(t: Teaser): Teaser {
  const m = t.time ? null : TIME_AFTER.exec(t.headline);
  return m ? { ...t, headline: m[1], time: m[2] } : t;
}

/**
 * A byline set inside the heading, after the headline: "… stottert der Motor Von Christine Keck", "… leise Ein
 * Kommentar von Cornelius Dieckmann", "… Der Wochenend-Leitartikel von …". Only "Von" capitalised mid-line, or "von"
 * after "Ein(e)/Der/Die/Das <kind>": a headline's own "von" is lower case ("A column by" in English: "A Life by …" is
 * a title). The name: capitalised words, joined by "und"/"and", a comma.
 */
const BYLINE_AFTER = /^(.*\S)\s+((?:Ein|Eine|Der|Die|Das)\s+[\p{L}-]+\s+von|(?:A|An)\s+\p{Ll}+\s+by|Von)\s+(\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:und|and|\p{Lu}[\p{L}.'’-]*)){1,7})$/u;
/** …when the headline before it keeps this many words. */
const HEAD_BEFORE_BYLINE_MIN_WORDS = 3;

/** A byline word and a name of two to four capitalised words ("Von Ann Lee", "By A. Writer"); "Von Helden und Verlierern" is a headline. */
const NAME_BYLINE = new RegExp(String.raw`^${BYLINE_WORD}\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$`, 'u');

/** A headline in Title Case ("EU Leaders Back Ursula Von Der Leyen"): every word after the first capitalised, so a
 * capital "Von" in it is a name's, not a byline's. */

function bylineOffHeadline(t: Teaser): Teaser {
  if (t.byline) return t;
  const m = BYLINE_AFTER.exec(t.headline);
  if (m && wordsIn(m[1]) >= HEAD_BEFORE_BYLINE_MIN_WORDS && !(m[2] === 'Von' && titleCase(m[1]))) return { ...t, headline: m[1], byline: `${m[2]} ${m[3]}` };
  // A heading in two parts, the headline and then its byline ("Pressure from all sides" | "A column by Ann Lee"): the
  // page read the first part as the kicker. Only a byline that names its kind: a bare "Von …" may be the headline's own.
  const k = t.kicker ? BYLINE_AFTER.exec(`${t.kicker} ${t.headline}`) : null;
  if (!k || k[1] !== t.kicker || k[2] === 'Von' || wordsIn(k[1]) < HEAD_BEFORE_BYLINE_MIN_WORDS) return t;
  const { kicker: _kicker, ...rest } = t;
  return { ...rest, headline: k[1], byline: `${k[2]} ${k[3]}` };
}

/** An author's name on its own line under "Von": a few words ("Eva-Maria Magel"). */
const NAME_MAX_WORDS = 6;
/** A byline run into the text's end: a stop, then at most this many words starting with "Von"/"By". */
const TRAILING_BYLINE = new RegExp(String.raw`^([\s\S]*[.!?…"“”»«)])\s+((?:\S+\s+){0,3}(?:${BYLINE_WORD}|${REPORTS}|\p{L}+:)\s+["„»]?\p{Lu}\S*(?:\s+\S+){0,6})$`, 'u');

/** A page's time stamp in any script ("July 24, 2014 -- Updated 1207 GMT (2007 HKT)", "Последнее обновление: …,
 * 23:31 GMT", "更新时间 …, 格林尼治标准时间04:41"): a line with no link that is no heading, holds a year and a clock time, and is mostly figures: with a
 * time zone's name at most STAMP_LETTERS_PER_DIGIT letters to a digit, without one fewer than STAMP_BARE_LETTERS_PER_DIGIT
 * ("Polls close at 20:00 in the 2026 vote" is a headline). A CJK character weighs two letters, as a word of its own.
 * It belongs to no story; a wire line's time comes with a linked headline, a card's own date and time is a field
 * (kindOf reads it first). */
const STAMP_LETTERS_PER_DIGIT = 3;
const STAMP_BARE_LETTERS_PER_DIGIT = 1.5;
const STAMP_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u;
const STAMP_CLOCK = /(?<!\d)(?:\d{1,2}:\d\d|\d{4}\s?(?:GMT|UTC|HKT)\b)/u;
// …and their names in CJK scripts, which have no word bounds: Greenwich, Beijing, Japan and Korea time, and UTC.
const STAMP_ZONE = /\b(?:GMT|UTC|ET|EST|EDT|CET|CEST|BST|HKT|MSK|IST|JST|PST|PDT)\b|格林[尼威]治|北京[时時]间|北京時間|日本(?:時間|標準時)|한국\s?시간|协调世界时|協定世界時/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A stamp ends on its time or its zone (a name or a short capital abbreviation, "MSK", "МСК"): a line that goes on after them ("日本時間2026年7月19日20:00、W杯決勝が開幕") is news. */
const STAMP_END = new RegExp(String.raw`(?:\d|${STAMP_ZONE.source}|\p{Lu}{2,5})[)）]?[.。]?$`, "u");
/** The rest of a row of links after a separator whose first link was left out ("| What is this?", an RSS button's help
 * beside a page's time stamp): no text opens on a bar. */
const linkRowRest = (b: Block, line: string) => /^[|｜]/u.test(line) && (b.linkDensity ?? 0) >= 0.5 && wordsIn(line) <= META_MAX_WORDS;
function isTimeStamp(b: Block, line: string): boolean {
  if (b.linkDensity || b.headingLevel || !STAMP_CLOCK.test(line) || !STAMP_YEAR.test(line)) return false;
  // …with the name of who edited it after it ("… (2007 HKT) Edited by Ann Lee"): that is the stamp's too.
  const m = TRAILING_BYLINE.exec(line);
  const stamp = m && BYLINE.test(m[2]) ? m[1] : line;
  const letters = countMatches(stamp, /\p{L}/gu) + countMatches(stamp, CJK), digits = countMatches(stamp, /\p{Nd}/gu);
  return STAMP_ZONE.test(stamp) ? letters <= STAMP_LETTERS_PER_DIGIT * digits && STAMP_END.test(stamp.trimEnd()) : letters < STAMP_BARE_LETTERS_PER_DIGIT * digits;
}

/** A few words after the text's last sentence ("… photos and videos. All Cities")… */
/**
 * A line whose link runs into the words beside it with no space, as boxes of their own laid them apart: a section's
 * badge before a topic ("Ausland" + "Angriffe auf Iran" read "AuslandAngriffe auf Iran"), or after it. Set apart (" · ", as
 * two kicker lines are joined) where the
 * link ends (known from its share of the line, to a character), when a small letter meets a capital or a figure there
 * ("Bundesliga" + "11 Punkte Vorsprung"): a name
 * that glues its parts ("YouTube", "WhatsApp") is no link's end.
 */
function spacedAtLink(b: Block, line: string): string {
  const n = Math.round((b.linkDensity ?? 0) * line.length);
  if (n < 2 || n > line.length - 2 || line.length !== b.text.length) return line;
  for (const at of [n, line.length - n]) {
    for (const k of [at, at - 1, at + 1]) if (/\p{Ll}/u.test(line[k - 1] ?? '') && /[\p{Lu}\p{N}]/u.test(line[k] ?? '')) return `${line.slice(0, k)} · ${line.slice(k)}`;
  }
  return line;
}

/** The card's kind said at its text's end, after the last stop, with its byline on a line of its own ("… gestorben. Ein
 * Nachruf" | "Von Anna Berg"): a kind's phrase (card-words KIND_PHRASE), no sentence. It leads the byline ("Ein
 * Nachruf von Anna Berg"), as "Ein Kommentar von" does; read as text it ended the card mid-sentence. */
const KIND_BEFORE_BYLINE = new RegExp(String.raw`^([\s\S]*[.!?…"“”»«)])\s+(${KIND_PHRASE})$`, 'u');
const BYLINE_OPENS = new RegExp(String.raw`^${BYLINE_WORD}\s`, 'u');

const TRAILING_WORDS = /^([\s\S]*[.!?]["'”’»)]*)\s+(\S+(?:\s+\S+){0,2})$/u;
/** …that are all of the line's link text are a link button after the text, not a sentence cut short. The link share
 * is rounded to hundredths: the link's length is known to half a hundredth of the line's, and a character. */
const LINK_SHARE_ROUNDING = 0.005;

/** Small print that opens as such: a number (a time, a date, a reading time), a byline word, a paywall mark. */
const PLAIN_SMALL_PRINT = /^(?:\d|(?:von|by|par|por)\s|\p{Lu}\+$|plus$|premium$)/iu;

type SmallPrint = 'time' | 'reading_time' | 'byline' | 'paywall';


/** A reading time at the end of a time's line ("08:10 · 4 min read"). */
const SHORT_MIN = String.raw`min\.?|mins`;
const LONG_MIN = String.raw`minuten|minutes?|minutos|minuti`;
const READ_WORD = String.raw`read|lesen|de lecture|de lectura`;
const READING_TAIL = new RegExp(String.raw`[\s·|•,]+(\d+\s*(?:${SHORT_MIN}|${LONG_MIN})(?:\s+(?:${READ_WORD}))?)$`, 'iu');
/** …run into the end of a card's text: after a separator, or written short after a space ("… Von Anna Berg 6 Min");
 * "…put it out after 45 minutes" is the text's. Only the end is read (the pattern would be tried at every position). */
const READING_RUN_IN = new RegExp(String.raw`(?:\s*[·|•,]\s*|\s)(\d+\s*(?:${SHORT_MIN})(?:\s+(?:${READ_WORD}))?|\d+\s*(?:${LONG_MIN})\s+(?:${READ_WORD}|lesezeit))$|\s*[·|•,]\s*(\d+\s*(?:${LONG_MIN}))$`, 'iu');
const READING_RUN_IN_REACH = 40;
function readingRunIn(text: string): { at: number; time: string } | null {
  const base = Math.max(0, text.length - READING_RUN_IN_REACH);
  const m = READING_RUN_IN.exec(text.slice(base));
  return m ? { at: base + m.index, time: m[1] ?? m[2] } : null;
}

function kindOf(line: string): SmallPrint | null {
  if (wordsIn(line) > META_MAX_WORDS) return null;
  if (READING_TIME.test(line)) return 'reading_time';
  if (PAYWALL.test(line)) return 'paywall';
  if (BYLINE.test(line)) return 'byline';
  if (TIME.test(line)) return 'time';
  return null;
}

/** A headline-only card named by languages alone: a link of a language menu. */
const isLanguageLink = (t: Teaser): boolean => !!t.headline_only && isLanguageNames(`${t.kicker ?? ''} ${t.headline}`);

/** A line that is a picture's credit or caption label and nothing else, in any language we hold. */
const isCredit = (line: string): boolean => lineNoise(line, allLangData()) === 'photo_credit';
/** An ad's label in any language we hold: the engine reads what it labels (ad-items.ts). */
const isAdLabelLine = (line: string): boolean => isAdLabel(line, allLangData());
/** "Photo" on a line of its own, as a page labels the credit below it for screen readers. */
const isCaptionWord = (line: string): boolean => allLangData().captionWords.includes(line.toLowerCase());

/** The time a line says and nothing else, maybe with who wrote it ("vor 1 Tag", "2 hours ago by Ann Lee"), or null. */
function timeOnly(line: string): string | null {
  const m = TIME.exec(line);
  if (!m) return null;
  const rest = line.replace(m[0], ' ').trim();
  return !/\p{L}{2}/u.test(rest) || BYLINE.test(rest) ? m[0].trim() : null;
}

/** A card whose whole box is its link sets its time as a line of its own, and a headline list takes that line in
 * as one of its headlines: it is the time of the line above it. */
function foldTimeLines(items: readonly HeadlineItem[]): HeadlineItem[] {
  const out: HeadlineItem[] = [];
  for (const x of items) {
    const time = out.length ? timeOnly(x.headline) : null;
    if (time === null) out.push(x);
    else if (!out[out.length - 1].time) out[out.length - 1] = { ...out[out.length - 1], time };
  }
  return out;
}

/** The blocks the engine reads, and for each the index of the page's block it came from. */
export interface CardLines {
  blocks: Block[];
  index: number[];
  teasers?: Teaser[];
  /** The card of each of the page's blocks, by the page's index (headline lists joined), or undefined. */
  ids: (number | undefined)[];
  /** Characters of the page's top bar left out above its first story (page-top.ts): said, never lost in silence. */
  topChars: number;
}

/** Joins headline lists, moves the cards' small print out of the blocks into their fields, and leaves out the page's top
 * bar above its first story (counted in `topChars`). Other blocks pass unchanged. */
export function readCardLines(pageBlocks: readonly Block[], pageTeasers: readonly Teaser[] | undefined): CardLines {
  // The lines above the page's first story, outside it, are its top bar's: no story's text (page-top.ts).
  const top = pageTopLines(pageBlocks);
  let topChars = 0;
  for (let i = 0; i < top; i++) topChars += pageBlocks[i].text.trim().length;
  if (!pageTeasers?.length) return { blocks: pageBlocks.slice(top), index: pageBlocks.map((_, i) => i).slice(top), teasers: pageTeasers as Teaser[] | undefined, ids: pageBlocks.map((b) => b.article), topChars };
  const { menu, promo, promoHeads, more } = furnitureCards(pageTeasers);
  const { blocks, teasers } = joinHeadlineLists(pageBlocks, pageTeasers.filter((t) => !menu.has(t.id)).map((t) => bylineOffHeadline(timeOffHeadline(more.has(t.id) ? { ...t, headline_only: false } : t))));
  // A page's copyright line at a list's end is no headline of it, and a line that only says when is its line's time.
  const cards = new Map(teasers.map((t) => [t.id, t.items ? { ...t, items: foldTimeLines(t.items.filter((x) => !LEGAL_LINE.test(x.headline))) } : { ...t }]));
  const ownKicker = new Set(teasers.filter((t) => t.kicker).map((t) => t.id)); // the page set it in the heading
  const out: Block[] = [];
  const index: number[] = [];
  const lastText = new Map<number, number>(); // card id → position in `out` of its last line of text
  let id: number | undefined;
  const dropped = new Set<number>();
  let headSeen = false; // the current card's headline has been read
  let start = false; // a story start the page set on a line read into a field, to pass on
  let inPromo = false; // the last card was a promo: lines outside any card after it are its box's
  // After the page's last card, lines with no link are its footer's notices ("This page is best viewed in …").
  // Only outside the box that holds the last card: text inside it after the cards is the box's own (a real paragraph).
  let lastCard = blocks.length - 1;
  while (lastCard >= 0 && blocks[lastCard].article === undefined) lastCard--;
  const cardsBox = lastCard >= 0 ? parentPath(blocks[lastCard].path) : undefined;
  const footer = (i: number, b: Block) => i > lastCard && !b.linkDensity && !(cardsBox && (b.path === cardsBox || b.path?.startsWith(`${cardsBox}/`)));
  let chrome: string | undefined; // the line right above, when it was left out as a box's heading linked to an index
  for (let i = top; i < blocks.length; i++) {
    const b = blocks[i];
    const card = b.article !== undefined ? cards.get(b.article) : undefined;
    const line = clean(b.text);
    const above = chrome;
    chrome = undefined;
    if (b.article !== undefined) inPromo = promo.has(b.article);
    if ((b.article !== undefined && menu.has(b.article)) || (!card && (footer(i, b) || inPromo || TIME_LABEL.test(line) || LEGAL_LINE.test(line) || isTimeStamp(b, line) || linkRowRest(b, line)))) {
      // A box's heading that links to its section's index ("REUTERS BUSINESS") may name the list under it.
      if (b.article !== undefined && promoHeads.has(b.article)) chrome = line;
      continue;
    }
    // A picture's credit in a card ("CreditJane Doe/Getty Images") is neither its kicker nor its text, nor is its
    // caption: set above the heading, it opened the card, and the engine, dropping it as a caption, lost the card's start.
    if (card && !card.items && (b.isCaption || isCredit(line) || (isCaptionWord(line) && blocks[i + 1]?.article === b.article && isCredit(clean(blocks[i + 1].text))))) {
      start ||= !!b.startsStory;
      continue;
    }
    if (b.article !== id) {
      headSeen = false;
      if (card) lastText.delete(card.id);
      // A list with no name of its own is named by its box's heading right above it, left out as a link to the
      // section's index ("REUTERS BUSINESS").
      if (card?.items && !card.section && above && isListName(above)) card.section = above;
    }
    // A bare link of a word or two alone in its card ("Merkliste anzeigen", "Mehr erfahren") is a button; so is such
    // a heading with no text ("Debatte verfolgen"), where one with a kicker or a byline is a story's.
    const bare = !card?.kicker && !card?.byline;
    const alone = !!card && !card.items && line.replace(LEADING_MARK, '') === card.headline; // "• World Briefing"
    if (alone && ((card.headline_only && (!b.headingLevel || bare) && wordsIn(card.headline) < BUTTON_MAX_WORDS + 1) || more.has(card.id))) {
      dropped.add(card.id);
      continue;
    }
    // …and so is the line right above a headline list that names it ("MORE REGIONAL NEWS"): the list's title now.
    const next = blocks[i + 1]?.article;
    if (isMore(line) || (!card && next !== undefined && cards.get(next)?.items && cards.get(next)?.section === line)) {
      start ||= !!b.startsStory;
      continue;
    }
    // A card headed by a copyright line is the page's footer, its menus above it no kicker or text.
    if (card && (dropped.has(card.id) || LEGAL_LINE.test(card.headline))) continue;
    id = b.article;
    // A card opens on its headline, or on its kicker and section lines above it.
    const isHead = !!card && !headSeen && line.includes(card.headline);
    if (card && !headSeen && !isHead && !card.items && wordsIn(line) <= KICKER_MAX_WORDS && !/[.!?]$/.test(line)) {
      // Above the headline: the kicker, unless the heading holds its own (then this is the section or the
      // format, "Video"); of two lines above, the nearer is the kicker.
      if (ownKicker.has(card.id)) card.section ??= spacedAtLink(b, line);
      // …unless the nearer is the topic's "more" link under its name ("Opinion" | "more on this"): the name stays.
      else if (card.kicker && b.isLink && MORE_LINK.test(line) && wordsIn(line) <= MORE_MAX_WORDS) { /* the kicker stays */ }
      else {
        if (card.kicker) card.section ??= card.kicker;
        card.kicker = spacedAtLink(b, line);
      }
      start ||= !!b.startsStory;
      continue;
    }
    if (isHead) {
      headSeen = true;
      if (start) out.push({ ...b, startsStory: true });
      else out.push(b);
      start = false;
      index.push(i);
      continue;
    }
    if (card && !card.items) {
      const next = blocks[i + 1];
      if (BYLINE_LEAD.test(line) && next?.article === b.article && wordsIn(next.text) <= NAME_MAX_WORDS) {
        // "Ein Kommentar von" over the author's name on a line of its own: one byline.
        card.byline ??= `${line} ${clean(next.text)}`;
        i++;
        continue;
      }
      const kind = kindOf(line);
      if (kind) {
        const tail = kind === 'time' ? READING_TAIL.exec(line) : null;
        if (tail) card.reading_time ??= tail[1];
        card[kind] ??= tail ? line.slice(0, tail.index) : line;
        continue;
      }
      if (isTimeStamp(b, line)) {
        start ||= !!b.startsStory;
        continue;
      }
      // "Video", "Podcast", "12 Bilder": a label under the headline, not the text's last sentence. An ad's label
      // ("Sponsored", "AdChoices") goes on to the engine, which reads the card as an ad and lists it as left out
      // (core/anatomy/ad-items.ts), or cleans the label off a story's text as a slot.
      // (A sentence's stop in any script: "。" ends a Japanese summary that, unspaced, counts as one word.)
      if (wordsIn(line) <= LABEL_MAX_WORDS && !ENDS_ON_STOP.test(line) && !isAdLabelLine(line)) continue;
      lastText.set(card.id, out.length);
    }
    out.push(start ? { ...b, startsStory: true } : b);
    start = false;
    index.push(i);
  }
  const buttons = bareHeadlineButtons(cards.values(), lastText);
  tidyLastLines(cards, lastText, out);
  smallPrintAboveHeadlines(cards.values());
  nameUnderHeadline(cards.values());
  const kept = buttons.size ? out.flatMap((b, k) => (b.article !== undefined && buttons.has(b.article) ? [] : [k])) : null;
  for (const id of buttons) dropped.add(id);
  return {
    blocks: kept ? kept.map((k) => out[k]) : out,
    index: kept ? kept.map((k) => index[k]) : index,
    teasers: [...cards.values()].filter((c) => !dropped.has(c.id)),
    ids: blocks.map((b) => b.article),
    topChars,
  };
}

/** The cards that are the page's furniture, not stories: `menu`, whose lines are dropped (a language menu, a time stamp
 * set as a heading, a promo or service box linking to an index page, with the heading over a language menu);
 * `promo`, the promo and service boxes among them (the loose lines after one are its box's); `promoHeads`, the headings among those that may name the list under them; `more`, the "more" buttons. */
function furnitureCards(pageTeasers: readonly Teaser[]): { menu: Set<number>; promo: Set<number>; promoHeads: Set<number>; more: Set<number> } {
  // A language menu's links ("Vietnamese Tiếng Việt") are no stories: their cards' lines are dropped. So is a page's
  // time stamp set as a heading ("Last updated at 00:25 ET").
  const languages = pageTeasers.map(isLanguageLink);
  const menu = new Set(pageTeasers.filter((t, k) => languages[k] || (t.headline_only && TIME_LABEL.test(t.headline))).map((t) => t.id));
  // …and so is a card that links to an index page, not to a story: a promo or service box ("Find a Doctor", "… Text
  // Version"), with the loose lines of its box after it ("We welcome your comments…").
  const promo = new Set(pageTeasers.filter((t) => isIndexPage(t.url)).map((t) => t.id));
  for (const id of promo) menu.add(id);
  const promoHeads = new Set(pageTeasers.filter((t) => t.headline_only && promo.has(t.id)).map((t) => t.id)); // a box's heading, maybe
  // ...and the unlinked heading right above two or more language links ("News and analysis in 32 languages").
  pageTeasers.forEach((t, k) => { if (t.headline_only && !t.url && !menu.has(t.id) && languages[k + 1] && languages[k + 2]) menu.add(t.id); });
  // A "more" button's card ("MORE A.P. NEWS . . .") is no line of a headline list, and no story.
  const more = new Set(pageTeasers.filter((t) => isMore(t.headline)).map((t) => t.id));
  return { menu, promo, promoHeads, more };
}

/** A card left with its bare headline alone once its small print went to fields or its lines were dropped ("Cookbook
 * Reviews" over a menu's lines, "Das Wichtigste in Kürze") is a button like those in the reading loop; one with a
 * kicker is a story's. Marks every card without text as headline-only, and returns the buttons. */
function bareHeadlineButtons(cards: Iterable<Teaser>, lastText: ReadonlyMap<number, number>): Set<number> {
  const buttons = new Set<number>();
  for (const card of cards) {
    if (card.items || lastText.has(card.id)) continue;
    // A linked one with a time stamp is a story's ("Markets close sharply lower", updated two hours ago).
    if (!card.headline_only && wordsIn(card.headline) <= BUTTON_MAX_WORDS && !card.kicker && !card.byline && !(card.url && card.time)) buttons.add(card.id);
    // A headline with no text, no link, no kicker and no small print leads nowhere: a box's heading or a tagline ("TOP
    // STORIES IN THE LAST 48 HOURS", "Das Magazin rund ums digitale Bild").
    if (!card.url && !card.kicker && !card.byline && !card.time) buttons.add(card.id);
    // …and so does one alone, button-short and with no time stamp, that links to a topic's page, not to a story ("Alle
    // Artikel zu diesem Thema": its "more"; a long or dated headline is a story, wherever its link goes).
    if (!card.kicker && !card.byline && !card.time && wordsIn(card.headline) <= TOPIC_BUTTON_MAX_WORDS && isTopicPage(card.url)) buttons.add(card.id);
    card.headline_only = true;
  }
  return buttons;
}

/** A card's last line of text (`lastText`: its place in `out`) loses what the page ran into it: a link after the text,
 * a reading time, then a byline before it; they go to the card's fields. */
function tidyLastLines(cards: ReadonlyMap<number, Teaser>, lastText: ReadonlyMap<number, number>, out: Block[]): void {
  for (const [cid, at] of lastText) {
    const card = cards.get(cid)!;
    const link = TRAILING_WORDS.exec(out[at].text);
    const linkChars = (out[at].linkDensity ?? 0) * out[at].text.length;
    if (link && linkChars > 0 && Math.abs(linkChars - link[2].length) <= LINK_SHARE_ROUNDING * out[at].text.length + 1) out[at] = { ...out[at], text: link[1] };
    // A reading time run into the end ("… Von Anna Berg 6 Min"), then the byline before it.
    const read = readingRunIn(out[at].text);
    if (read) {
      card.reading_time ??= read.time;
      out[at] = { ...out[at], text: out[at].text.slice(0, read.at) };
    }
    const kind = card.byline && BYLINE_OPENS.test(card.byline) ? KIND_BEFORE_BYLINE.exec(out[at].text) : null;
    if (kind) {
      out[at] = { ...out[at], text: kind[1] };
      card.byline = `${clean(kind[2])} ${card.byline!.charAt(0).toLowerCase()}${card.byline!.slice(1)}`;
    }
    const m = card.byline ? null : TRAILING_BYLINE.exec(out[at].text);
    if (!m || !BYLINE.test(m[2])) continue;
    out[at] = { ...out[at], text: m[1] };
    card.byline = clean(m[2]);
  }
}

/** A heading in two lines, the second a byline word and a name alone ("Kleine Brotschule" | "Von Jana Koch"), was read
 * as kicker and headline: the first is the headline, the second its byline. Only on a card with no byline of its own:
 * beside one, "Von Volkes Gnaden" is a headline (German writes nouns with capitals, like names). */
function nameUnderHeadline(cards: Iterable<Teaser>): void {
  // …and only with a byline word the page's own bylines use: "Brexit" | "Door Opens For Talks" is a kicker over a headline.
  const all = [...cards];
  const bylineWords = new Set(all.flatMap((c) => (c.byline ? [c.byline.split(/\s/, 1)[0].toLowerCase()] : [])));
  for (const card of all) {
    if (!card.kicker || card.byline || !NAME_BYLINE.test(card.headline) || !bylineWords.has(card.headline.split(/\s/, 1)[0].toLowerCase())) continue;
    card.byline = card.headline;
    card.headline = card.kicker;
    delete card.kicker;
  }
}

/** A line the page set above the headline may be small print rather than a kicker ("00:38 Uhr", "Von …", "2 Min"),
 * when it is that and nothing else: "Heute Abend noch nichts vor?" and "Post von Wagner" stay kickers. */
function smallPrintAboveHeadlines(cards: Iterable<Teaser>): void {
  for (const card of cards) {
    for (const k of ['kicker', 'section'] as const) {
      const line = card[k];
      const kind = line && PLAIN_SMALL_PRINT.test(line) ? kindOf(line) : null;
      if (!kind) continue;
      card[kind] ??= line;
      delete card[k];
    }
  }
}

/** The engine's stories over the read blocks, with their positions mapped back to the page's blocks. */
export function toPageBlocks(stories: readonly Story[], lines: CardLines): Story[] {
  if (lines.blocks.length === lines.index.length && lines.index.every((v, i) => v === i)) return stories as Story[];
  return stories.map((s) => ({
    ...s,
    ...(s.startPos ? { startPos: { ...s.startPos, block: lines.index[s.startPos.block] ?? s.startPos.block } } : {}),
    ...(s.endPos ? { endPos: { ...s.endPos, block: lines.index[s.endPos.block] ?? s.endPos.block } } : {}),
  }));
}

/** The path of the box around a card's line: its path without the card's own element ("main/section[2]" of
 * "main/section[2]/article[3]"); undefined when there is no box to speak of. */
function parentPath(path: string | undefined): string | undefined {
  const cut = path?.lastIndexOf('/') ?? -1;
  return cut > 0 ? path!.slice(0, cut) : undefined;
}
