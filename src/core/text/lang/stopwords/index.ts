// Stop-word lists, one data file a language. A new language is a new JSON file plus a line here.
import da from './da.json';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import id from './id.json';
import it from './it.json';
import nl from './nl.json';
import no from './no.json';
import pl from './pl.json';
import pt from './pt.json';
import sv from './sv.json';
import tr from './tr.json';
import continuers from '../continuers.json';

const LISTS: Record<string, readonly string[]> = { da, de, en, es, fr, id, it, nl, no, pl, pt, sv, tr };

export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words)]),
);

/** Aliases: Norwegian Bokmål and Nynorsk share the Norwegian list. */
const ALIASES: Record<string, string> = { nb: 'no', nn: 'no' };

/** The stop words of a language (an empty set when we hold none). */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  return STOPWORDS[ALIASES[lang] ?? lang] ?? new Set();
}

const CONTINUERS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(continuers as unknown as Record<string, string | string[]>).filter(([, v]) => Array.isArray(v)).map(([lang, words]) => [lang, new Set(words as string[])]),
);

/** Sentence openers of a language that point back to the text before (see ../continuers.json). */
export function continuersFor(lang: string): ReadonlySet<string> {
  return CONTINUERS[ALIASES[lang] ?? lang] ?? new Set();
}

const WEAK = (continuers as unknown as { weak: Record<string, string[]> }).weak;
const STRONG_CONTINUERS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(CONTINUERS).map(([lang, words]) => [lang, new Set([...words].filter((w) => !WEAK[lang]?.includes(w)))]),
);

/** The continuers that always point back: pronouns and connectives ("She", "But"), not "It is…" or "These…". */
export function strongContinuersFor(lang: string): ReadonlySet<string> {
  return STRONG_CONTINUERS[ALIASES[lang] ?? lang] ?? new Set();
}
