// Where exactly a cut teaser ends and the next story starts, inside one run-on sentence ("…as Mr Music and film
// fans…"): the few words either side of a candidate belong to the story whose text uses them again.
import type { CohesionModel } from './cohesion';
import type { Tokens } from '../text/tokenize';

/** Words either side of the candidate whose allegiance is tested: a near miss, or a short headline. */
export const ATTACH_WORDS = 6;
/** Words either side searched for other uses of them: about a teaser. */
export const ATTACH_WINDOW = 120;

/**
 * Σ over content words just before `at` of (used again before − used after) plus Σ over those just after of
 * (used again after − used before): positive when both sides hold together as two stories split exactly here.
 */
export function makeAttach(tokens: Tokens, model: CohesionModel) {
  const { id, count } = tokens;
  const { content } = model;
  // Content-word counts of the windows either side, kept from call to call: candidates come in text order, so each
  // window slides forward by the words between two calls instead of being counted again (a jump back or a gap wider
  // than the window counts it afresh).
  const before = new WindowCounts(id, content, tokens.vocabSize);
  const after = new WindowCounts(id, content, tokens.vocabSize);
  return (at: number): number => {
    const lo = Math.max(0, at - ATTACH_WINDOW), hi = Math.min(count, at + ATTACH_WINDOW);
    before.moveTo(lo, at);
    after.moveTo(at, hi);
    const b = before.counts, a = after.counts;
    let s = 0;
    for (let i = Math.max(lo, at - ATTACH_WORDS); i < at; i++) if (content[i]) s += (b[id[i]] > 1 ? 1 : 0) - (a[id[i]] > 0 ? 1 : 0);
    for (let i = at; i < Math.min(hi, at + ATTACH_WORDS); i++) if (content[i]) s += (a[id[i]] > 1 ? 1 : 0) - (b[id[i]] > 0 ? 1 : 0);
    return s;
  };
}

/** Counts by word id of the content words of tokens [lo, hi), moved from one range to the next. */
class WindowCounts {
  readonly counts: Int32Array;
  private lo = 0;
  private hi = 0;
  constructor(private readonly id: Int32Array, private readonly content: Uint8Array, vocabSize: number) {
    this.counts = new Int32Array(vocabSize);
  }

  private add(from: number, to: number, step: 1 | -1): void {
    for (let i = from; i < to; i++) if (this.content[i]) this.counts[this.id[i]] += step;
  }

  moveTo(lo: number, hi: number): void {
    if (lo >= this.lo && lo <= this.hi && hi >= this.hi) {
      this.add(this.lo, lo, -1);
      this.add(this.hi, hi, 1);
    } else {
      this.add(this.lo, this.hi, -1);
      this.add(lo, hi, 1);
    }
    this.lo = lo;
    this.hi = hi;
  }
}

/**
 * How often the two words either side of `at` occur side by side in the whole text ("Wayne Rooney", "the US").
 * The pairs are counted in an open-addressing table of typed arrays: a Map keyed by id × vocabulary outgrew small
 * integers on a long text and boxed every key (48 MB of garbage on dev).
 */
export function makePairCount(tokens: Tokens) {
  const { id, count } = tokens;
  let slots = 16;
  while (slots < 2 * count) slots *= 2;
  const mask = slots - 1;
  const first = new Int32Array(slots).fill(-1), second = new Int32Array(slots), seen = new Int32Array(slots);
  const slotOf = (a: number, b: number): number => {
    let k = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (first[k] >= 0 && (first[k] !== a || second[k] !== b)) k = (k + 1) & mask;
    return k;
  };
  for (let i = 1; i < count; i++) {
    const k = slotOf(id[i - 1], id[i]);
    if (first[k] < 0) { first[k] = id[i - 1]; second[k] = id[i]; }
    seen[k]++;
  }
  return (at: number): number => (at > 0 && at < count ? seen[slotOf(id[at - 1], id[at])] : 0);
}

/** Words from a candidate that make up a headline: a short run before the lede. */
export const HEADLINE_RUN_WORDS = 8;
/** Words after that run where the lede restates the headline ("Beastie Boys win… US rappers Beastie Boys have…"). */
export const LEDE_WORDS = 32;

/** Distinct content words of the HEADLINE_RUN_WORDS from `at` used again in the LEDE_WORDS right after them. */
export function makeRestated(tokens: Tokens, model: CohesionModel) {
  const mark = new Int32Array(tokens.vocabSize);
  let stamp = 0;
  return (at: number): number => {
    stamp += 2;
    const mid = Math.min(tokens.count, at + HEADLINE_RUN_WORDS), hi = Math.min(tokens.count, mid + LEDE_WORDS);
    for (let i = at; i < mid; i++) if (model.content[i]) mark[tokens.id[i]] = stamp;
    let n = 0;
    for (let i = mid; i < hi; i++) if (model.content[i] && mark[tokens.id[i]] === stamp) { n++; mark[tokens.id[i]] = stamp + 1; }
    return n;
  };
}
