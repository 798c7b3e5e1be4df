// Issue 16: the worker tells the popup how much text was page furniture, so it can say so.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/background/analyze';

describe('analyzeText', () => {
  it('keeps a story with a credit beside it (the credit is cleaned out or left out, never a card of its own)', () => {
    const a = analyzeText('Photo: EPA\n\nThe council voted on Monday to build a new bridge over the river.', { url: 'https://x/', title: 'x', site: 'x' }, 1);
    expect(a.stories.length).toBe(1);
    expect(a.stories[0].clean_text).toContain('bridge');
    expect(a.stories.every((s) => s.title && s.clean_text)).toBe(true);
  });

  it('says why there is no story when all of it is furniture', () => {
    const a = analyzeText('Read more', { url: 'https://x/', title: 'x', site: 'x' }, 1);
    expect(a.stories).toEqual([]);
    expect(a.leftOutChars).toBe('Read more'.length);
    expect(a.reason).toMatch(/furniture/);
  });
});

describe('leftOut', () => {
  it("counts the page's top bar left out before the engine read the page", async () => {
    const { leftOut } = await import('../../../src/background/analyze');
    const result = { stories: [], lang: 'en', leftOut: [{ start: 0, end: 9, reasons: ['read_more'] }] };
    expect(leftOut(result, 40)).toEqual({ leftOutChars: 49 });
    expect(leftOut({ stories: [], lang: 'en' }, 0)).toEqual({});
  });
});
