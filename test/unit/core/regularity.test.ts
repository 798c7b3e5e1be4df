// Teasers cut to one length: the decoder's length bonus, and the search for a page's teaser length.
import { describe, expect, it } from 'vitest';
import { decode, decodeScored, type Scored } from '../../../src/core/boundaries/decode';
import { decodeTeaserLength, MIN_REGULAR_END_LOG_ODDS, regularLength, rescoreCutEnds } from '../../../src/core/boundaries/regularity';

/** Candidates every 5 words over `total` words, all at `score`; word positions double as space-word positions. */
function grid(total: number, score: number): Scored[] {
  return Array.from({ length: total / 5 - 1 }, (_, k) => ({ word: 5 * (k + 1), score }));
}

function input(scored: Scored[], total: number, cutAt: (word: number) => boolean, textEndsCut = true) {
  return {
    scored,
    totalWords: total,
    chosen: decode(scored, total),
    spaceWords: scored.map((c) => c.word),
    spaceWordsTotal: total,
    endsCut: scored.map((c) => cutAt(c.word) && c.score >= MIN_REGULAR_END_LOG_ODDS),
    textEndsCut,
  };
}

describe('decodeScored', () => {
  it('without a regular length chooses as decode does', () => {
    const scored = grid(300, -1).map((c) => (c.word === 150 ? { ...c, score: 4 } : c));
    expect(decodeScored(scored, 300)).toEqual({ chosen: decode(scored, 300), score: 4, regular: 0 });
  });

  it('gives each story of the regular length that ends cut its bonus, and counts them', () => {
    const scored = grid(240, -1);
    const r = decodeScored(scored, 240, {
      length: 60, tolerance: 1, bonus: 2.5,
      spaceWords: scored.map((c) => c.word), spaceWordsTotal: 240,
      endsCut: scored.map(() => true), textEndsCut: true,
    });
    expect(r.chosen.map((i) => scored[i].word)).toEqual([60, 120, 180]);
    expect(r.regular).toBe(4);
    expect(r.score).toBeCloseTo(4 * 2.5 - 3);
  });
});

describe('decodeTeaserLength', () => {
  it('finds teasers cut to one length where the evidence alone finds none', () => {
    // Four teasers of 60 words, each end a weak cut (-1.5); everything else unlikely (-6).
    const scored = grid(240, -6).map((c) => (c.word % 60 === 0 ? { ...c, score: -1.5 } : c));
    expect(decode(scored, 240)).toEqual([]);
    const chosen = decodeTeaserLength(input(scored, 240, (w) => w % 60 === 0));
    expect(chosen?.map((i) => scored[i].word)).toEqual([60, 120, 180]);
  });

  it('needs three stories of the length: two may share one by chance', () => {
    const scored = grid(120, -6).map((c) => (c.word === 60 ? { ...c, score: -1.5 } : c));
    expect(decodeTeaserLength(input(scored, 120, (w) => w === 60))).toBeNull();
  });

  it('uses no end that the text before closes with a full stop, nor one the evidence rules out', () => {
    const scored = grid(240, -6).map((c) => (c.word % 60 === 0 ? { ...c, score: -1.5 } : c));
    expect(decodeTeaserLength(input(scored, 240, () => false, false))).toBeNull();
    const unlikely = grid(240, -6);
    expect(decodeTeaserLength(input(unlikely, 240, (w) => w % 60 === 0))).toBeNull();
  });

  it("keeps the page's shortest story from the first pass: 30-word teasers count where the page allows them", () => {
    // Four teasers of 30 words, each end a weak cut (-1.5). Under the default 40-word minimum they cost too much.
    const scored = grid(120, -6).map((c) => (c.word % 30 === 0 ? { ...c, score: -1.5 } : c));
    expect(decodeTeaserLength(input(scored, 120, (w) => w % 30 === 0))).toBeNull();
    const chosen = decodeTeaserLength({ ...input(scored, 120, (w) => w % 30 === 0), minWords: 20 });
    expect(chosen?.map((i) => scored[i].word)).toEqual([30, 60, 90]);
  });
});

describe('rescoreCutEnds', () => {
  it('corrects the scores of possible cut ends, keeping what was added to them, but not those the first pass chose', () => {
    // 0: chosen on a page prior (3.5 with a best-case cohesion); 1: a possible end; 2: ruled out; 3: scored already.
    const scores = [3.5, 1, MIN_REGULAR_END_LOG_ODDS - 1, 2];
    rescoreCutEnds(scores, (i) => i !== 3, [0], () => -2.5, (i, _name, v) => { scores[i] += v; });
    expect(scores).toEqual([3.5, -1.5, MIN_REGULAR_END_LOG_ODDS - 1, 2]);
  });
});

describe('regularLength', () => {
  it('is the length two or more cut stories share, within one word', () => {
    expect(regularLength([100, 61, 60, 140], [false, true, true, true])).toBe(60);
    expect(regularLength([60, 60, 90], [false, false, true])).toBeNull();
  });
});
