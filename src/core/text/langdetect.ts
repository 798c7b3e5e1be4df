// Cheap language detection: the share of a text's words found in each language's stop-word list.
import { LETTER, charClass, charWidth } from './chars';
import { STOPWORDS } from './lang/stopwords';

/** Words sampled from the start of the text: enough to tell languages apart (250 agree with 600 on dev, and get two Norwegian pages right that 600 took for Danish), cheap on huge pages. */
const SAMPLE_WORDS = 250;
/** Below this stop-word hit rate no language is claimed (news prose scores 0.3-0.5 in its own language). */
const MIN_HIT_RATE = 0.12;
/** Share of CJK characters above which the text counts as Chinese/Japanese/Korean. */
const CJK_SHARE = 0.3;
/** Code points from the CJK radicals on: ideographs, kana, Hangul (and a few rare symbols, which is fine for a share). */
const CJK_FROM = 0x2e80;

const LANGS = Object.keys(STOPWORDS);
/** Each stop word with the languages that list it: one lookup per word instead of one per language. */
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), l]);
});

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_WORDS * 7);
  let letters = 0, cjk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= CJK_FROM) { cjk++; letters++; } else if ((c | 32) >= 97 && (c | 32) <= 122 || c >= 0xc0) letters++;
  }
  if (letters && cjk / letters > CJK_SHARE) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) return 'ja';
    if (/\p{Script=Hangul}/u.test(sample)) return 'ko';
    return 'zh';
  }
  // Runs of letters (\p{L}+), read by character class, lower-cased one by one.
  const hits = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  for (let i = 0; i < sample.length && words < SAMPLE_WORDS;) {
    if (!(charClass(sample, i) & LETTER)) { i += charWidth(sample, i); continue; }
    let j = i + charWidth(sample, i);
    while (j < sample.length && charClass(sample, j) & LETTER) j += charWidth(sample, j);
    const langs = WORD_LANGS.get(sample.slice(i, j).toLowerCase());
    if (langs) for (const l of langs) hits[l]++;
    words++;
    i = j;
  }
  if (!words) return 'und';
  let best = 'und';
  let bestRate = MIN_HIT_RATE;
  // (A loop, not forEach: a closure reading `words` made it a heap variable, written at every word above.)
  for (let l = 0; l < LANGS.length; l++) {
    const rate = hits[l] / words;
    if (rate > bestRate) { best = LANGS[l]; bestRate = rate; }
  }
  return best;
}

/** The language to use: the hint when we hold data for it, else what the text says. */
export function resolveLanguage(text: string, hint?: string): string {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  const detected = detectLanguage(text);
  if (base && base in STOPWORDS && (detected === 'und' || detected === base)) return base;
  return detected !== 'und' ? detected : base || 'und';
}
