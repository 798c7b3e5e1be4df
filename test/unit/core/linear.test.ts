// Issue 16: inputs that made the engine quadratic. Each fix keeps its results (checked against the old, plain
// loop on small random inputs) and runs a size where the old code took minutes in a few seconds at most.
// The time bounds are far from both: a quadratic path misses them by a factor of ten or more, a loaded machine doesn't.
import { describe, expect, it } from 'vitest';
import { segment } from '@core/index';
import { decodeScored, type RegularLength, type Scored } from '@core/boundaries/decode';
import { cohesionModel, makeNovelty } from '@core/boundaries/cohesion';
import { tokenize } from '@core/text/tokenize';
import { markTeasers, TEASER_LENGTH_RATIO, TEASER_MIN_CUT_SIBLINGS, TEASER_MIN_WORDS } from '@core/anatomy/teasers';
import { TEASER_MAX_WORDS } from '@core/text/shapes';
import type { Flag } from '@core/types';

/** A seeded generator: the same cases every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const timed = (f: () => unknown) => { const t0 = performance.now(); f(); return performance.now() - t0; };

describe('linear on the inputs that were quadratic', () => {
  it.each([
    ['a capital, 200K spaces, a word', 'A' + ' '.repeat(200_000) + 'b.'],
    ['a headline, a city, 200K spaces', 'Big headline here\nLONDON' + ' '.repeat(200_000) + 'x'],
    ['tabs and no-break spaces', 'A' + '\t\u00a0'.repeat(100_000) + 'b.'],
    ['" …" × 10K (many candidates on one word)', 'Headline here\nLONDON ' + ' …'.repeat(10_000) + ' end.'],
    ['"a\\n" × 10K (no content word after a line)', 'a\n'.repeat(10_000)],
    ['"a\\r\\n\\t" × 10K', 'a\r\n\t'.repeat(10_000)],
    ['a glued run of 200K "¿"', 'Head line\nHe said' + '¿'.repeat(200_000) + 'A'],
    ['a story ending on 200K spaces, then "|"', 'Head line\nHe said so. ' + ' '.repeat(200_000) + '| a | b | c'],
    ['200K "@" after a sentence', 'Head line\nHe said so. ' + '@'.repeat(200_000)],
  ])('%s', (_name, text) => {
    let stories = 0;
    const ms = timed(() => { stories = segment(text).stories.length; });
    expect(stories).toBeGreaterThan(0);
    expect(ms).toBeLessThan(20_000); // was minutes (23 s at 16K spaces, growing 16× per 4×)
  }, 60_000);

  it('". " × 100K (a spaced ellipsis that never ends)', () => {
    const text = 'Headline here\nLONDON ' + '. '.repeat(100_000) + ' end.';
    expect(timed(() => segment(text))).toBeLessThan(10_000); // was about 30 s (9 s at half the size)
  }, 60_000);
});

/** The novelty scan as it was: a walk from `at` until `words` content words are seen. */
function noveltyReference(text: string) {
  const tokens = tokenize(text, 'en');
  const model = cohesionModel(tokens);
  const first = new Int32Array(tokens.vocabSize).fill(-1);
  for (let i = 0; i < tokens.count; i++) if (first[tokens.id[i]] < 0) first[tokens.id[i]] = i;
  return {
    count: tokens.count,
    fast: makeNovelty(tokens, model),
    slow: (at: number, words: number) => {
      let n = 0, novel = 0;
      for (let i = at; i < tokens.count && n < words; i++) if (model.content[i]) { n++; if (first[tokens.id[i]] >= at) novel++; }
      return n ? novel / n : Number.NaN;
    },
  };
}

describe('makeNovelty reads only the words it counts', () => {
  it('gives the same shares as the plain walk', () => {
    const rand = rng(16);
    const vocab = ['a', 'the', 'of', 'minister', 'Paris', 'rain', 'x', 'and', 'bank', 'I', 'storm', '\n'];
    for (let t = 0; t < 50; t++) {
      const text = Array.from({ length: 5 + Math.floor(rand() * 80) }, () => vocab[Math.floor(rand() * vocab.length)]).join(' ');
      const { count, fast, slow } = noveltyReference(text);
      for (let at = 0; at <= count; at++) for (const words of [1, 3, 12]) expect(fast(at, words)).toEqual(slow(at, words));
    }
  });
});

/** The decoder as it was: every node in the short-story window read one by one. */
function decodeReference(cands: readonly Scored[], totalWords: number, reg?: RegularLength) {
  const MIN = 40, COST = 16;
  const shortCost = (w: number) => (w >= MIN ? 0 : (COST * (MIN - w)) / MIN);
  const n = cands.length;
  const pos = [0, ...cands.map((c) => c.word)];
  const spacePos = reg ? [0, ...reg.spaceWords] : [];
  const best = new Float64Array(n + 1);
  const back = new Int32Array(n + 1).fill(-1);
  const bonusUsed = new Uint8Array(n + 1);
  let farBest = -Infinity, farArg = -1, far = 0, lo = 0;
  for (let j = 1; j <= n; j++) {
    while (far < j && pos[j] - pos[far] >= MIN) { if (best[far] > farBest) { farBest = best[far]; farArg = far; } far++; }
    let b = farBest, arg = farArg, used = 0;
    for (let i = far; i < j; i++) { const v = best[i] - shortCost(pos[j] - pos[i]); if (v > b) { b = v; arg = i; } }
    if (reg && reg.endsCut[j - 1]) {
      while (lo < j && spacePos[lo] < spacePos[j] - reg.length - reg.tolerance) lo++;
      for (let i = lo; i < j && spacePos[i] <= spacePos[j] - reg.length + reg.tolerance; i++) {
        const v = best[i] - shortCost(pos[j] - pos[i]) + reg.bonus;
        if (v > b) { b = v; arg = i; used = 1; }
      }
    }
    best[j] = b + cands[j - 1].score; back[j] = arg; bonusUsed[j] = used;
  }
  let endBest = -Infinity, endArg = 0, endBonus = 0;
  for (let i = 0; i <= n; i++) {
    const regular = reg !== undefined && reg.textEndsCut && Math.abs(reg.spaceWordsTotal - spacePos[i] - reg.length) <= reg.tolerance;
    const v = best[i] - shortCost(totalWords - pos[i]) + (regular ? reg.bonus : 0);
    if (v > endBest) { endBest = v; endArg = i; endBonus = regular ? 1 : 0; }
  }
  const chosen: number[] = [];
  let regular = endBonus;
  for (let i = endArg; i > 0; i = back[i]) { chosen.push(i - 1); regular += bonusUsed[i]; }
  return { chosen: chosen.reverse(), score: endBest, regular };
}

describe('decodeScored reads a run of candidates on one word once', () => {
  it('chooses exactly what the plain loop chose, ties included', () => {
    const rand = rng(7);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rand() * 120);
      const cands: Scored[] = [];
      const spaceWords: number[] = [];
      let word = 0, space = 0;
      for (let i = 0; i < n; i++) {
        // Often several candidates on one word (and on one space word), as " … … …" gives.
        if (rand() < 0.5) word += 1 + Math.floor(rand() * 30);
        if (rand() < 0.6) space += Math.floor(rand() * 3);
        space = Math.max(space, word);
        cands.push({ word, score: Math.round((rand() * 20 - 10) * 2) / 2 });
        spaceWords.push(space);
      }
      const total = word + Math.floor(rand() * 60);
      const reg: RegularLength = { length: 20 + Math.floor(rand() * 30), tolerance: 3, bonus: 4, spaceWords, spaceWordsTotal: Math.max(total, space), endsCut: cands.map(() => rand() < 0.4), textEndsCut: rand() < 0.5 };
      expect(decodeScored(cands, total)).toEqual(decodeReference(cands, total));
      expect(decodeScored(cands, total, reg)).toEqual(decodeReference(cands, total, reg));
    }
  });
});

/** markTeasers as it was: each story's siblings found again among all cut stories. */
function markTeasersReference(stories: { flags: Flag[]; wordCount: number; truncated_end: boolean }[]): void {
  const cut = stories.filter((s) => s.flags.some((f) => f.name === 'cut_mid_sentence') && s.wordCount >= TEASER_MIN_WORDS && s.wordCount <= TEASER_MAX_WORDS);
  for (const s of stories) {
    if (s.truncated_end || s.wordCount < TEASER_MIN_WORDS || s.wordCount > TEASER_MAX_WORDS) continue;
    const siblings = cut.filter((c) => c !== s);
    if (siblings.length < TEASER_MIN_CUT_SIBLINGS) continue;
    const lengths = siblings.map((c) => c.wordCount);
    const longest = Math.max(...lengths);
    if (s.wordCount > longest * TEASER_LENGTH_RATIO) continue;
    const shortest = Math.min(...lengths);
    const n = siblings.length;
    s.flags.push({ name: 'likely_teaser', code: n === 1 ? 'teaser_one' : 'teaser_many', params: [String(n), shortest === longest ? `${longest}` : `${shortest}–${longest}`, String(s.wordCount)] });
    s.truncated_end = true;
  }
}

describe('markTeasers reads the cut stories once', () => {
  /** A page of `n` stories; with `odd`, now and then a story flagged cut but not marked truncated (a caller's input,
   * never the engine's): it is no sibling of itself. */
  const page = (seed: number, n: number, odd = true) => {
    const r = rng(seed);
    return Array.from({ length: n }, () => {
      const cutFlag = r() < 0.5;
      const flags: Flag[] = cutFlag ? [{ name: 'cut_mid_sentence', code: 'end_no_stop', params: [] }] : [];
      return { flags, wordCount: Math.floor(r() * 150), truncated_end: cutFlag && (!odd || r() < 0.9) };
    });
  };

  it('flags the same stories as the plain loop', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const a = page(seed, 1 + (seed % 9)), b = structuredClone(a);
      markTeasers(a);
      markTeasersReference(b);
      expect(a).toEqual(b);
    }
  });

  it('is linear in the stories of a page', () => {
    const stories = page(7, 100_000, false);
    expect(timed(() => markTeasers(stories))).toBeLessThan(5_000); // the plain loop: 10^10 steps
    expect(stories.some((s) => s.flags.some((f) => f.name === 'likely_teaser'))).toBe(true);
  });
});
