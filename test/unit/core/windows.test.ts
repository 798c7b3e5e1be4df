// Issue 16: a window or chunk edge never splits a character, and never a story where the story could end instead.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBoundariesWindowed, windowEnd } from '@core/boundaries/windowed';
import { chunkBlocks } from '@core/chunked';
import { segment } from '@core/index';

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

describe('windowEnd', () => {
  it('never cuts between the halves of a surrogate pair', () => {
    const text = 'a' + '😀'.repeat(2000);
    for (const size of [100, 101, 333, 1000]) {
      const at = windowEnd(text, 0, size);
      expect(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
    }
  });

  it('never cuts before a combining mark', () => {
    const text = 'e\u0301'.repeat(1000);
    for (const size of [100, 101, 555]) expect(/\p{M}/u.test(text[windowEnd(text, 0, size)])).toBe(false);
  });

  it('prefers a sentence end over a space, and a line break over both', () => {
    const text = 'one two three four five six seven. eight nine ten eleven twelve thirteen';
    expect(text.slice(0, windowEnd(text, 0, 50))).toBe('one two three four five six seven. ');
    const nl = 'one two three. four\nfive six seven eight nine ten eleven';
    expect(nl.slice(0, windowEnd(nl, 0, 30))).toBe('one two three. four');
  });

  it('ends at a CJK full stop with no space after it', () => {
    const text = '東京都は新しい計画を発表した。' + 'あ'.repeat(100);
    expect(text.slice(0, windowEnd(text, 0, 20))).toBe('東京都は新しい計画を発表した。');
  });
});

describe('findBoundariesWindowed', () => {
  it('keeps a story longer than a window whole (1 MB of Thai was 4 stories, one per window)', () => {
    const thai = 'รัฐบาลไทยประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในภาคเหนือ'.repeat(400);
    const r = findBoundariesWindowed(thai, 'th', undefined, 2000);
    expect(r.spans).toEqual([{ start: 0, end: thai.length }]);
  });

  it('cuts no emoji in half in a long text with no space', () => {
    const text = 'Start' + '😀x'.repeat(3000);
    const r = findBoundariesWindowed(text, 'en', undefined, 1001);
    for (const s of r.spans) {
      expect(isLow(text.charCodeAt(s.start))).toBe(false);
      expect(isHigh(text.charCodeAt(s.end - 1))).toBe(false);
    }
  });

  it('still finds the stories of a text longer than a window', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../fixtures/seed/concatenated-news.txt'), 'utf8');
    const whole = findBoundariesWindowed(text, 'en');
    const r = findBoundariesWindowed(text, 'en', undefined, Math.ceil(text.length / 4));
    expect(Math.abs(r.spans.length - whole.spans.length)).toBeLessThanOrEqual(1);
    for (let i = 1; i < r.spans.length; i++) expect(r.spans[i].start).toBeGreaterThanOrEqual(r.spans[i - 1].end);
  });
});

describe('chunkBlocks', () => {
  it('cuts after a block that ends a sentence when one is in reach', () => {
    const blocks = [
      { text: 'a'.repeat(60) + '.' },
      { text: 'b'.repeat(30) + ' and then' },
      { text: 'c'.repeat(30) + '.' },
    ];
    const chunks = chunkBlocks(blocks, 100);
    expect(chunks.map((c) => c.length)).toEqual([1, 2]);
    expect(chunks.flat()).toEqual(blocks);
  });

  it('still cuts when no block ends a sentence', () => {
    const blocks = Array.from({ length: 10 }, () => ({ text: 'x'.repeat(30) }));
    const chunks = chunkBlocks(blocks, 100);
    expect(chunks.flat()).toEqual(blocks);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(4);
  });
});

describe('segment on a long unspaced text', () => {
  it('shows its words by script, not by spaces', () => {
    const zh = '东京都政府星期五公布了新的防灾计划，计划包括增加避难所。'.repeat(25);
    const [s] = segment(zh).stories;
    expect(s.wordCount).toBeGreaterThan(200);
  });
});
