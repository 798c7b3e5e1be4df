// Issue 16: imported and stored records are checked field by field; a bad value is repaired or rejected on its own,
// never the whole Saved tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser, type FakeBrowser } from '../fakes/fakeBrowser';

const h = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));

import { QUARANTINE_PREFIX, STORY_PREFIX, listLibrary, saveStories } from '../../../src/shared/storage';
import { MAX_TIME_MS, isoDate, parseImport, storyId, toExport, toSavedStory, type StoryToSave } from '../../../src/shared/saved';
import { formatDate } from '../../../src/popup/format';
import { savedToMarkdown } from '../../../src/popup/markdown';
import { importBatches } from '../../../src/popup/export';

let fb: FakeBrowser;
beforeEach(() => {
  fb = makeFakeBrowser();
  h.browser = fb;
});

const story: StoryToSave = { title: 'Bridge vote', clean_text: 'The council voted on the bridge.', flags: [], kicker: null, deck: null, url: 'https://news.example/a', site: 'news.example', pageTitle: 'News' };

describe('a save date out of the Date range', () => {
  it.each([MAX_TIME_MS + 1, -MAX_TIME_MS - 1, 1e300])('%s: the story is kept, its date repaired to 0, nothing throws', (savedAt) => {
    const s = toSavedStory({ ...story, id: 'x', savedAt })!;
    expect(s.savedAt).toBe(0);
    expect(() => toExport([s])).not.toThrow();
    expect(isoDate(savedAt)).toBe('');
    expect(() => formatDate(savedAt)).not.toThrow();
    expect(() => savedToMarkdown([{ ...s, savedAt }], { source: 'Source', saved: 'Saved' })).not.toThrow();
  });

  it('on import is dropped alone: the story comes in with the import time', () => {
    const p = parseImport(JSON.stringify({ stories: [{ ...story, savedAt: 9e15 }, { ...story, clean_text: 'Other.', savedAt: '+275760-09-13T00:00:00.001Z' }] }));
    expect(p.ok && p.stories.map((s) => s.savedAt)).toEqual([undefined, undefined]);
  });

  it('stored by an older version still lists, with the good records', async () => {
    const id = await storyId(story);
    await fb.storage.local.set({ [STORY_PREFIX + id]: { v: 2, data: { ...story, id, savedAt: 1e17 } } });
    await saveStories([{ ...story, clean_text: 'Another story.' }]);
    const view = await listLibrary();
    expect(view.stories).toHaveLength(2);
    expect(view.quarantined).toBe(0);
  });
});

describe('saving over a corrupt record', () => {
  it('sets the record aside and saves the story (was: "duplicate", and not listed)', async () => {
    const id = await storyId(story);
    await fb.storage.local.set({ [STORY_PREFIX + id]: '{not json' });
    const r = await saveStories([story]);
    expect(r).toMatchObject({ saved: 1, duplicates: 0 });
    const view = await listLibrary();
    expect(view.stories.map((s) => s.title)).toEqual(['Bridge vote']);
    expect(fb.storage.local.data.has(QUARANTINE_PREFIX + STORY_PREFIX + id)).toBe(true);
  });
});

describe('a bare \\r in imported text', () => {
  it('becomes a line break on import, and never Markdown structure in the export', () => {
    const p = parseImport(JSON.stringify([{ ...story, clean_text: 'First line.\r# Not a heading\r\n- not a list' }]));
    expect(p.ok && p.stories[0].clean_text).toBe('First line.\n# Not a heading\n- not a list');
    const md = savedToMarkdown([{ ...story, id: 'x', savedAt: 0, clean_text: 'First line.\r# Not a heading' }], { source: 'S', saved: 'D' });
    expect(md).not.toMatch(/^# Not/m);
    expect(md).toMatch(/\\# Not a heading/);
  });
});

describe('a big import', () => {
  it('goes to the worker in batches small enough to send, every story once', () => {
    const stories = Array.from({ length: 300 }, (_, i) => ({ ...story, clean_text: `Story ${i} ${'x'.repeat(1000)}` }));
    const json = JSON.stringify({ format: 'storysplit-library', version: 2, stories });
    const batches = importBatches(json, 50_000);
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches) expect(b.length).toBeLessThanOrEqual(50_000);
    const back = batches.flatMap((b) => { const p = parseImport(b); return p.ok ? p.stories.map((s) => s.clean_text) : []; });
    expect(back).toEqual(stories.map((s) => s.clean_text));
  });
});
