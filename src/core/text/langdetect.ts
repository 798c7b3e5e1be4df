// Cheap language detection: the share of a text's words found in each language's stop-word list.
import { LETTER, charClass, charWidth, lowerCase } from './chars';
import { STOPWORDS } from './lang/stopwords';
import { FormTable } from './intern';

/** Words sampled from the start of the text: enough to tell languages apart (250 agree with 600 on dev, and get two Norwegian pages right that 600 took for Danish), cheap on huge pages. */
const SAMPLE_WORDS = 250;
/** Below this stop-word hit rate no language is claimed (news prose scores 0.3-0.5 in its own language). */
const MIN_HIT_RATE = 0.12;
/** Share of CJK characters above which the text counts as Chinese/Japanese/Korean. */
const CJK_SHARE = 0.3;
/** Code points from the CJK radicals on: ideographs, kana, Hangul (and a few rare symbols, which is fine for a share). */
const CJK_FROM = 0x2e80;

/** On a tie (a short text holding only words several lists share: "и", "в", "на"), the language more sites write in
 * wins: Russian before Bulgarian or Ukrainian, Spanish before Portuguese. Languages not named here come after, in
 * their lists' order. */
const PREVALENCE = ['en', 'es', 'de', 'ru', 'fr', 'pt', 'it', 'pl', 'tr', 'nl'];
const LANGS = [...PREVALENCE.filter((l) => l in STOPWORDS), ...Object.keys(STOPWORDS).filter((l) => !PREVALENCE.includes(l))];
/** Each stop word with the languages that list it: one lookup per word instead of one per language. */
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), l]);
});

export function detectLanguage(text: string): string {
  return detectWithRates(text).lang;
}

/** The language detected, and each language's stop-word hit rate (empty for CJK text or a text with no words). */
function detectWithRates(text: string): { lang: string; rates: ReadonlyMap<string, number> } {
  const sample = text.slice(0, SAMPLE_WORDS * 7);
  let letters = 0, cjk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= CJK_FROM) { cjk++; letters++; } else if ((c | 32) >= 97 && (c | 32) <= 122 || c >= 0xc0) letters++;
  }
  if (letters && cjk / letters > CJK_SHARE) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) return { lang: 'ja', rates: NO_RATES };
    if (/\p{Script=Hangul}/u.test(sample)) return { lang: 'ko', rates: NO_RATES };
    return { lang: 'zh', rates: NO_RATES };
  }
  // Runs of letters (\p{L}+), read by character class, lower-cased one by one.
  const hits = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  const seen = new FormTable(sample);
  const forms: (readonly number[] | undefined)[] = [];
  for (let i = 0; i < sample.length && words < SAMPLE_WORDS;) {
    if (!(charClass(sample, i) & LETTER)) { i += charWidth(sample, i); continue; }
    let j = i + charWidth(sample, i);
    while (j < sample.length && charClass(sample, j) & LETTER) j += charWidth(sample, j);
    // Stop words repeat: each written form is lower-cased and looked up once a text, not at every use.
    let form = seen.get(i, j);
    if (form < 0) { form = forms.length; forms.push(WORD_LANGS.get(lowerCase(sample.slice(i, j)))); seen.set(i, j, form); }
    const langs = forms[form];
    if (langs) for (const l of langs) hits[l]++;
    words++;
    i = j;
  }
  if (!words) return { lang: 'und', rates: NO_RATES };
  let best = 'und';
  let bestRate = MIN_HIT_RATE;
  const rates = new Map<string, number>();
  // (A loop, not forEach: a closure reading `words` made it a heap variable, written at every word above.)
  for (let l = 0; l < LANGS.length; l++) {
    const rate = hits[l] / words;
    rates.set(LANGS[l], rate);
    if (rate > bestRate) { best = LANGS[l]; bestRate = rate; }
  }
  return { lang: best, rates };
}

const NO_RATES: ReadonlyMap<string, number> = new Map();
/** The page's own language stands unless another scores clearly higher: a Russian text of common words ("и", "в",
 * "на") scores as Bulgarian as well, and a Portuguese teaser may hold as many Spanish stop words as its own. */
const HINT_KEPT_SHARE = 0.8;

/** The language to use: the hint when we hold data for it and the text does not clearly say otherwise, else what the text says. */
export function resolveLanguage(text: string, hint?: string): string {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  const { lang: detected, rates } = detectWithRates(text);
  // (A script's share decides Chinese, Japanese and Korean, with no rates: there the text's own script wins.)
  const close = rates.size > 0 && (rates.get(base ?? '') ?? 0) >= HINT_KEPT_SHARE * (rates.get(detected) ?? 0);
  if (base && base in STOPWORDS && (detected === 'und' || detected === base || close)) return base;
  return detected !== 'und' ? detected : base || 'und';
}
