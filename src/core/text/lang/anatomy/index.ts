// Language data for story anatomy: abbreviations, sentence starters, dangling words, page-furniture phrases.
// One JSON file a language; a new language is a new file plus a line here.
import credits from './credits.json';
import cs from './cs.json';
import da from './da.json';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fi from './fi.json';
import fr from './fr.json';
import hr from './hr.json';
import hu from './hu.json';
import it from './it.json';
import nl from './nl.json';
import no from './no.json';
import pl from './pl.json';
import pt from './pt.json';
import ro from './ro.json';
import ru from './ru.json';
import sk from './sk.json';
import sv from './sv.json';
import tr from './tr.json';
import uk from './uk.json';

/** One language's file. A list a file leaves out is empty: a language may give page-furniture phrases only. */
interface LangFile {
  abbreviations?: { title?: string[]; numeric?: string[]; general?: string[] };
  starters?: string[];
  dangling?: string[];
  articles?: string[];
  honorifics?: string[];
  continuations?: string[];
  capitalContinuations?: string[];
  auxiliaries?: string[];
  captionWords?: string[];
  captionAbbreviations?: string[];
  readMore?: string[];
  moreCharsUnits?: string[];
  advertisement?: string[];
  share?: string[];
  bylinePrefixes?: string[];
  signoffs?: string[];
  trailerLabels?: string[];
}

export interface LangData {
  code: string;
  /** Abbreviations that precede a name and never end a sentence ("Mr", "Sen"). */
  titleAbbr: ReadonlySet<string>;
  /** Abbreviations that precede a number ("No", "Jan", "p"). */
  numericAbbr: ReadonlySet<string>;
  /** Other abbreviations: they end a sentence only before a sentence starter ("Inc", "U.S"). */
  generalAbbr: ReadonlySet<string>;
  /** Lower-case words that often open a sentence ("the", "der", "le"). */
  starters: ReadonlySet<string>;
  /** Lower-case words a sentence cannot end on (articles, prepositions, conjunctions). */
  dangling: ReadonlySet<string>;
  /** Articles and determiners: a noun must follow them, in every word order. */
  articles: ReadonlySet<string>;
  /** Words that stand before a name ("Lord", "President", "Sankt"): a name, not a new sentence, follows them. */
  honorifics: ReadonlySet<string>;
  /** Lower-case words that, opening a story, show it began earlier ("and", "which"). */
  continuations: ReadonlySet<string>;
  /** Conjunctions that, even capitalised, cannot open a story ("But", "Aber"). */
  capitalContinuations: ReadonlySet<string>;
  /** Function words that are verbs ("is", "hat", "est"): with one, a sentence of names and function words is whole. */
  auxiliaries: ReadonlySet<string>;
  captionWords: readonly string[];
  /** Caption words written short with a full stop before the credit ("Fot. Jan Kowalski"). */
  captionAbbreviations: readonly string[];
  /** "Read more" link texts, longest first. */
  readMore: readonly string[];
  /** The unit an aggregator names when it cuts a text: "[+1234 chars]", "[+1234 Zeichen]". */
  moreCharsUnits: readonly string[];
  advertisement: ReadonlySet<string>;
  share: ReadonlySet<string>;
  bylinePrefixes: readonly string[];
  signoffs: readonly string[];
  /** Labels that open a line after a story's last sentence: related links, contributors, contacts ("MORE :", "Contributing:"). */
  trailerLabels: readonly string[];
}

const FILES: Record<string, LangFile> = { en, de, fr, es, it, pt, nl, pl, cs, sk, sv, da, no, fi, tr, ro, hr, hu, ru, uk };
export const LANGUAGES = Object.keys(FILES);

/** Languages that capitalise every noun, so a capital mid-sentence says little about a new sentence. */
export const NOUN_CAPITALISING = new Set(['de', 'lb']);

function build(code: string, files: LangFile[]): LangData {
  const set = (pick: (f: LangFile) => string[] | undefined) => new Set(files.flatMap((f) => pick(f) ?? []));
  const list = (pick: (f: LangFile) => string[] | undefined) => [...new Set(files.flatMap((f) => pick(f) ?? []))];
  return {
    code,
    titleAbbr: set((f) => f.abbreviations?.title),
    numericAbbr: set((f) => f.abbreviations?.numeric),
    generalAbbr: set((f) => f.abbreviations?.general),
    starters: set((f) => f.starters),
    dangling: set((f) => f.dangling),
    articles: set((f) => f.articles),
    honorifics: set((f) => f.honorifics),
    continuations: set((f) => f.continuations),
    capitalContinuations: set((f) => f.capitalContinuations),
    auxiliaries: set((f) => f.auxiliaries),
    captionWords: list((f) => f.captionWords),
    captionAbbreviations: list((f) => f.captionAbbreviations),
    readMore: list((f) => f.readMore).sort((a, b) => b.length - a.length),
    moreCharsUnits: list((f) => f.moreCharsUnits),
    advertisement: set((f) => f.advertisement),
    share: set((f) => f.share),
    bylinePrefixes: list((f) => f.bylinePrefixes),
    signoffs: list((f) => f.signoffs),
    trailerLabels: list((f) => f.trailerLabels),
  };
}

const CACHE = new Map<string, LangData>();
/** langData by the tag as given ("" for none): most calls pass the same few tags, read here with no parsing. */
const BY_TAG = new Map<string, LangData>();
/** Tags remembered at most (pages may declare any): past this the memo starts again. */
const MAX_TAGS = 64;

/** The data of a language ("de-AT" → de). Unknown languages get every language's data at once. */
export function langData(lang: string | undefined): LangData {
  const tag = lang ?? '';
  let d = BY_TAG.get(tag);
  if (!d) {
    if (BY_TAG.size >= MAX_TAGS) BY_TAG.clear();
    BY_TAG.set(tag, (d = langDataOf(lang)));
  }
  return d;
}

function langDataOf(lang: string | undefined): LangData {
  const code = primary(lang);
  const key = FILES[code] ? code : 'und';
  let d = CACHE.get(key);
  if (!d) {
    d = key === 'und' ? build('und', Object.values(FILES)) : build(key, [FILES[key]]);
    CACHE.set(key, d);
  }
  return d;
}

/** Page furniture phrases of every language: a caption or "Read more" on a German page may still be English. */
export function allLangData(): LangData {
  return langData('und');
}

export function primary(lang: string | undefined): string {
  return (lang ?? 'und').toLowerCase().split(/[-_]/)[0] ?? 'und';
}

export const AGENCIES: readonly string[] = [...new Set(credits.agencies)].sort((a, b) => b.length - a.length);

/** Fewest function-word hits before we trust a language guess. */
const MIN_GUESS_HITS = 3;
/** Function words make up a third or more of running text; below a tenth, the language is another one. */
const MIN_GUESS_SHARE = 0.1;
/** Words looked at for a guess: enough for a teaser, cheap for a long story. */
const GUESS_WORDS = 150;

let GUESS_INDEX: Map<string, string[]> | null = null;

/** Guesses the language of a text from its function words; 'und' when unsure. */
export function guessLang(text: string): string {
  if (!GUESS_INDEX) {
    GUESS_INDEX = new Map();
    for (const code of LANGUAGES) for (const w of langData(code).dangling) GUESS_INDEX.set(w, [...(GUESS_INDEX.get(w) ?? []), code]);
  }
  const words = text.slice(0, GUESS_WORDS * 12).toLowerCase().match(/\p{L}+/gu)?.slice(0, GUESS_WORDS) ?? [];
  const hits = new Map<string, number>();
  for (const w of words) for (const code of GUESS_INDEX.get(w) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  let best = 'und';
  let bestHits = 0;
  for (const code of LANGUAGES) {
    const h = hits.get(code) ?? 0;
    if (h > bestHits) { best = code; bestHits = h; }
  }
  return bestHits >= MIN_GUESS_HITS && bestHits >= words.length * MIN_GUESS_SHARE ? best : 'und';
}
