// Numbered items of one article: "1 - Air conditioning", "2. The dose", "PART 2: NUTRITION", "II. The trial". A number
// that goes on a sequence the same text numbers in the same shape is the next item or section of a list, which one
// article holds: a story seldom opens there (train: 3 of 4,090 such candidates start a story, each an article whose
// own first section is "1."; devwide 0 of 838).
import type { Candidate } from './candidates';

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

/** The mark's shape (label and delimiter), number and length, or null. */
function markAt(text: string, at: number): { shape: string; n: number; length: number } | null {
  const m = MARK.exec(text.slice(at, at + MARK_CHARS));
  if (!m) return null;
  const digits = m[2].charCodeAt(0) <= 57;
  const delimiter = m[3] ?? m[4] ?? m[5];
  // Dashes of any kind are one delimiter: "2 – x" follows "1 - x".
  return { shape: `${(m[1] ?? '').toLowerCase()}|${digits ? 'n' : 'r'}|${/[-–—]/.test(delimiter) ? '-' : delimiter}`, n: digits ? Number(m[2]) : romanValue(m[2]), length: m[0].length };
}

/**
 * A column: 1 at each candidate opening an item of a numbered sequence (its number's neighbour opens another one),
 * and at a candidate right after its number, before the item's title ("1\n\n|2026 Hyundai…", "2 - |Pastora…").
 */
export function numberedItems(text: string, cands: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(cands.length);
  const marks: { i: number; key: string; n: number; end: number }[] = [];
  for (let i = 0; i < cands.length; i++) {
    const m = markAt(text, cands[i].start);
    if (m) marks.push({ i, key: m.shape, n: m.n, end: cands[i].start + m.length });
  }
  if (marks.length < 2) return out;
  const seen = new Set(marks.map((m) => `${m.key}#${m.n}`));
  for (const m of marks) {
    if (!seen.has(`${m.key}#${m.n - 1}`) && !seen.has(`${m.key}#${m.n + 1}`)) continue;
    let end = m.end;
    while (end < text.length && /\s/.test(text[end])) end++;
    for (let j = m.i; j < cands.length && cands[j].start <= end; j++) out[j] = 1;
  }
  return out;
}
