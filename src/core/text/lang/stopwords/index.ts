// Stop-word lists, one data file a language. A new language is a new JSON file plus a line here.
import bg from './bg.json';
import cs from './cs.json';
import da from './da.json';
import de from './de.json';
import el from './el.json';
import en from './en.json';
import es from './es.json';
import fi from './fi.json';
import fr from './fr.json';
import hr from './hr.json';
import hu from './hu.json';
import id from './id.json';
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
import zh from './zh.json';
import continuers from '../continuers.json';
import everyday from '../everyday.json';

// zh lists single characters, as the script is read one character a word: the function characters that every sentence
// holds ("的", "了") carry no topic. Japanese has none: without its particles ("の", "は") two paragraphs of one story
// share too few characters (a fable and its moral, a real page, were cut apart), so they stay words there.
const LISTS: Record<string, readonly string[]> = { bg, cs, da, de, el, en, es, fi, fr, hr, hu, id, it, nl, no, pl, pt, ro, ru, sk, sv, tr, uk, zh };

export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words)]),
);

/** Aliases: Norwegian Bokmål and Nynorsk share the Norwegian list; Serbian and Bosnian (Latin) the Croatian one. */
const ALIASES: Record<string, string> = { nb: 'no', nn: 'no', sr: 'hr', bs: 'hr' };

/** What a language we hold no list for gets: one empty set, not a new one a call. */
const NONE: ReadonlySet<string> = new Set();

/** The stop words of a language (an empty set when we hold none). */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  return STOPWORDS[ALIASES[lang] ?? lang] ?? NONE;
}

const CONTINUERS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(continuers as unknown as Record<string, string | string[]>).filter(([, v]) => Array.isArray(v)).map(([lang, words]) => [lang, new Set(words as string[])]),
);

/** Sentence openers of a language that point back to the text before (see ../continuers.json). */
export function continuersFor(lang: string): ReadonlySet<string> {
  return CONTINUERS[ALIASES[lang] ?? lang] ?? NONE;
}

const WEAK = (continuers as unknown as { weak: Record<string, string[]> }).weak;
const STRONG_CONTINUERS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(CONTINUERS).map(([lang, words]) => [lang, new Set([...words].filter((w) => !WEAK[lang]?.includes(w)))]),
);

/** The continuers that always point back: pronouns and connectives ("She", "But"), not "It is…" or "These…". */
export function strongContinuersFor(lang: string): ReadonlySet<string> {
  return STRONG_CONTINUERS[ALIASES[lang] ?? lang] ?? NONE;
}

const EVERYDAY: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(everyday as unknown as Record<string, string | string[]>).filter(([, v]) => Array.isArray(v)).map(([lang, words]) => [lang, new Set(words as string[])]),
);

/** Everyday words of a language beyond its stop list (see ../everyday.json): read only where a short line is tested
 * for unrelated parts, so the cues the stop list feeds stay as they are. */
export function everydayWordsFor(lang: string): ReadonlySet<string> {
  return EVERYDAY[ALIASES[lang] ?? lang] ?? NONE;
}
