// Numbered items of one article: "1 - Air conditioning", "2. The dose", "PART 2: NUTRITION", "II. The trial". Numbers
// that go on one after another in the same shape are the items or sections of a list, which one article holds: a story
// seldom opens there (train: 3 of 4,090 candidates numbered next to another start a story, each an article whose own
// first section is "1."; devwide 0 of 838).
import type { Candidate } from './candidates';
import { LETTER, charClass, charWidth } from '../text/chars';

/**
 * A sequence mark at the start of a candidate: an optional label word ("Part", "Day"), a number of one or two
 * digits or a roman one, then a delimiter (". ", ") ", ": ", " - ", or the end of the line). "2026 Hyundai",
 * "10 If you" and "13 weeks" are no marks.
 */
const MARK = /^(?:(\p{L}{2,12})[ \t]+)?(\d{1,2}|[IVX]{1,5})(?:([.):])[ \t]|[ \t]*(\n)|[ \t]+([-–—])[ \t])/u;
/** Characters read at a candidate for its mark. */
const MARK_CHARS = 24;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]], next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Whether a mark may open at `at`: a number first (a digit, or I, V or X of a roman one), or a run of letters, then
 * spaces or tabs and a number. Read by code before MARK is tried at every candidate, nearly all of which open on a word. */
function mayOpenMark(text: string, at: number): boolean {
  if (isNumberStart(text.charCodeAt(at))) return true;
  let i = at;
  while (i < text.length && charClass(text, i) & LETTER) i += charWidth(text, i);
  if (i === at || (text[i] !== ' ' && text[i] !== '\t')) return false;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return isNumberStart(text.charCodeAt(i));
}
/** 0-9, or a roman numeral's I, V, X. */
const isNumberStart = (c: number): boolean => (c >= 48 && c <= 57) || c === 73 || c === 86 || c === 88;

/** The mark's shape (label and delimiter), number and length, or null. */
function markAt(text: string, at: number): { shape: string; n: number; length: number } | null {
  if (!mayOpenMark(text, at)) return null;
  const m = MARK.exec(text.slice(at, at + MARK_CHARS));
  if (!m) return null;
  const digits = m[2].charCodeAt(0) <= 57;
  const delimiter = m[3] ?? m[4] ?? m[5];
  // Dashes of any kind are one delimiter: "2 – x" follows "1 - x".
  return { shape: `${(m[1] ?? '').toLowerCase()}|${digits ? 'n' : 'r'}|${/[-–—]/.test(delimiter) ? '-' : delimiter}`, n: digits ? Number(m[2]) : romanValue(m[2]), length: m[0].length };
}

/**
 * Items numbered one after another, in the order they come, that make a sequence: a listicle's "1", "2", "3" or an
 * essay's "PART 1", "PART 2", "PART 3". Two ("1. FC Köln" and a later "2. Bundesliga" in German) may be chance (train
 * and devwide: the same Pk with 2 or 3).
 */
const SEQUENCE_MIN_ITEMS = 3;
/** …four where the number ends on a full stop: German ordinals ("1. FC Köln", "2. Bundesliga", "3. Liga") run in order
 * by chance in a column of sports teasers. */
const ORDINAL_MIN_ITEMS = 4;
/** An article's list follows its intro, a sentence at least: a list that opens the text, or has no sentence before it,
 * may be a ranked list of separate stories ("1. Headline / teaser", "2. …"), each its own. */
const INTRO_SENTENCE = /[.!?…]["'”’»)]*\s/u;

/**
 * A column: 1 at each candidate opening an item of a numbered sequence (SEQUENCE_MIN_ITEMS marks of one shape, each
 * numbered one more than the one of that shape before it), and at a candidate right after its number, before the
 * item's title ("1\n\n|2026 Hyundai…", "2 - |Pastora…").
 */
export function numberedItems(text: string, cands: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(cands.length);
  // The runs of each shape in the text's order: a mark numbered one more than its shape's last mark goes on that run.
  interface Run { shape: string; first: number; items: { i: number; end: number }[] }
  const runs: Run[] = [];
  const open = new Map<string, { n: number; run: Run }>();
  for (let i = 0; i < cands.length; i++) {
    const m = markAt(text, cands[i].start);
    if (!m) continue;
    const item = { i, end: cands[i].start + m.length };
    const last = open.get(m.shape);
    if (last && m.n === last.n + 1) {
      last.run.items.push(item);
      last.n = m.n;
      continue;
    }
    const run = { shape: m.shape, first: m.n, items: [item] };
    runs.push(run);
    open.set(m.shape, { n: m.n, run });
  }
  // The text's opening is no candidate: a run whose item before its first stands there opens the text.
  const opening = markAt(text, text.length - text.trimStart().length);
  for (const run of runs) {
    if (run.items.length < (run.shape.endsWith('|.') ? ORDINAL_MIN_ITEMS : SEQUENCE_MIN_ITEMS)) continue;
    if (opening && opening.shape === run.shape && opening.n === run.first - 1) continue;
    if (!INTRO_SENTENCE.test(text.slice(0, cands[run.items[0].i].start))) continue;
    for (const item of run.items) {
      let end = item.end;
      while (end < text.length && /\s/.test(text[end])) end++;
      for (let j = item.i; j < cands.length && cands[j].start <= end; j++) out[j] = 1;
    }
  }
  return out;
}
