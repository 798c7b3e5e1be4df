// Bad and extreme input: every case gives sensible stories, or none with a reason, and never throws.
import { describe, expect, it } from 'vitest';
import { segment } from '@core/index';

const CASES: [string, string, 'none' | 'some'][] = [
  ['empty text', '', 'none'],
  ['whitespace only', ' \n\t\n  \r\n ', 'none'],
  ['a single word', 'Hello', 'some'],
  ['binary garbage', '\u0000\u0001\u0002\uFFFD\uFFFE\u0007\u001b[31m\u0000'.repeat(50), 'none'],
  ['lone surrogates', 'The minister said \uD800 on Friday that \uDC00 prices rose.\nAnother story begins \uD83D here.', 'some'],
  ['RTL text', 'قال الوزير يوم الجمعة إن الأسعار ارتفعت بنسبة ثلاثة في المئة.\nوفي خبر آخر، افتتحت الحكومة مدرسة جديدة في المدينة.', 'some'],
  ['CJK with no spaces', '東京都は金曜日、新しい防災計画を発表した。計画には避難所の増設が含まれる。\n大阪では新しい地下鉄の駅が開業した。利用者は初日に一万人を超えた。', 'some'],
  ['emoji', '🎉🎉 The festival opened on Friday 🎆 with music and food. Crowds 😀 gathered early.', 'some'],
  ['one very long line', 'word '.repeat(50_000), 'some'],
  ['only punctuation', '... !!! ??? --- ,,, ;;;', 'none'],
  ['a "Read more" link alone', 'Read more', 'none'],
  ['a photo credit alone', 'Photo: EPA', 'none'],
  ['an ad label alone', 'Advertisement', 'none'],
];

describe('segment() on bad and extreme input', () => {
  for (const [name, text, expectStories] of CASES) {
    it(`${name}: ${expectStories === 'none' ? 'no story, with a reason' : 'sensible stories'}`, () => {
      const r = segment(text);
      if (expectStories === 'none') {
        expect(r.stories).toEqual([]);
        expect(r.reason).toBeTruthy();
      } else {
        expect(r.stories.length).toBeGreaterThan(0);
        for (const s of r.stories) expect(s.text).toBe(text.slice(s.start, s.end));
      }
    });
  }

  it('CJK text at least splits at line breaks when the lines are separate stories', () => {
    const r = segment(CASES[6][1]);
    expect(r.stories.length).toBeGreaterThanOrEqual(1);
    expect(r.stories.every((s) => s.clean_text.length > 0)).toBe(true);
  });

  it('block input with empty and whitespace blocks', () => {
    expect(() => segment({ blocks: [{ text: '' }, { text: '  ' }, { text: 'A real sentence is here.' }] })).not.toThrow();
    expect(segment({ blocks: [] }).stories).toEqual([]);
  });
});
