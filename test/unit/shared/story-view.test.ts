// Issue 13: the popup receives a story view with only the fields it shows.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/index';
import { toStoryView, type PageStory } from '../../../src/shared/page';

describe('toStoryView', () => {
  const text = 'RISING RACISM: A Japanese group called on China to assure safety. The embassy urged action.\n\nSecond story starts here and runs on for a while without a';
  const story = { ...segment(text).stories[0], url: 'https://example.com/a', time: '10:00' } as PageStory;
  const view = toStoryView(story);

  it('keeps what the popup shows', () => {
    expect(view.title).toBe(story.title);
    expect(view.clean_text).toBe(story.clean_text);
    expect(view.flags).toEqual(story.flags);
    expect(view.url).toBe('https://example.com/a');
    expect(view.time).toBe('10:00');
  });

  it('drops the raw text, offsets and scores, which nothing in the popup reads', () => {
    for (const k of ['text', 'start', 'end', 'confidence', 'truncated_end', 'truncated_start', 'dateline']) expect(view).not.toHaveProperty(k);
  });

  it('leaves out fields the story does not have', () => {
    expect(Object.values(view)).not.toContain(undefined);
  });
});
