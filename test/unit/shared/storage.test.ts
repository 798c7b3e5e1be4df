import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser, type FakeBrowser } from '../fakes/fakeBrowser';

const h = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));

import {
  QUARANTINE_PREFIX, STORY_PREFIX, V1_LIBRARY_KEY, bytesInUse, clearLibrary, decodeVersioned, deleteStories,
  importLibrary, listLibrary, restoreStories, saveStories, sessionItem, storageItem,
} from '../../../src/shared/storage';
import { parseImport, sanitizeFlags, storyId, toExport, type StoryToSave } from '../../../src/shared/saved';

let fb: FakeBrowser;
beforeEach(() => {
  fb = makeFakeBrowser();
  h.browser = fb;
});

const story = (n: number, over: Partial<StoryToSave> = {}): StoryToSave => ({
  title: `Story ${n}`,
  clean_text: `Body of story number ${n}. It has a full stop.`,
  flags: [],
  kicker: null,
  deck: null,
  url: 'https://news.example/page',
  site: 'news.example',
  pageTitle: 'Front page',
  ...over,
});

describe('saving', () => {
  it('saves each story under its own key and lists newest first in page order', async () => {
    const r = await saveStories([story(1), story(2), story(3)]);
    expect(r).toMatchObject({ saved: 3, duplicates: 0 });
    expect([...fb.storage.local.data.keys()].filter((k) => k.startsWith(STORY_PREFIX))).toHaveLength(3);
    const view = await listLibrary();
    expect(view.stories.map((s) => s.title)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(view.quarantined).toBe(0);
  });

  it('keeps one copy of the same story, even with different whitespace, case or url fragment', async () => {
    await saveStories([story(1)]);
    const again = await saveStories([story(1, { clean_text: '  body OF story number 1.\n It has a  full stop. ', url: 'https://news.example/page#top' })]);
    expect(again).toMatchObject({ saved: 0, duplicates: 1 });
    expect((await listLibrary()).stories).toHaveLength(1);
  });

  it('treats the same text on another page as another story', async () => {
    await saveStories([story(1), story(1, { url: 'https://other.example/' })]);
    expect((await listLibrary()).stories).toHaveLength(2);
  });

  it('loses nothing when two popups save 50 stories each at once', async () => {
    const a = Array.from({ length: 50 }, (_, i) => saveStories([story(i)]));
    const b = Array.from({ length: 50 }, (_, i) => saveStories([story(100 + i)]));
    const reports = await Promise.all([...a, ...b].sort(() => Math.random() - 0.5));
    expect(reports.every((r) => r.saved === 1 && !r.error)).toBe(true);
    expect((await listLibrary()).stories).toHaveLength(100);
  });

  it('concurrent saves of the same story keep exactly one copy', async () => {
    await Promise.all(Array.from({ length: 10 }, () => saveStories([story(7)])));
    expect((await listLibrary()).stories).toHaveLength(1);
  });

  it('rejects stories without text', async () => {
    expect(await saveStories([{ ...story(1), clean_text: '   ' }, 42, null])).toMatchObject({ saved: 0, error: 'invalid' });
  });

  it('reports a full quota clearly and keeps earlier stories intact', async () => {
    fb = makeFakeBrowser({ quotaBytes: 4000 });
    h.browser = fb;
    await saveStories([story(1), story(2)]);
    const before = structuredClone([...fb.storage.local.data]);
    const r = await saveStories([story(3, { clean_text: 'x'.repeat(5000) })]);
    expect(r.error).toBe('quota');
    expect(r.saved).toBe(0);
    expect([...fb.storage.local.data]).toEqual(before);
    expect((await listLibrary()).stories.map((s) => s.title)).toEqual(['Story 1', 'Story 2']);
  });
});

describe('bytes used', () => {
  it('uses getBytesInUse when the browser has it', async () => {
    await saveStories([story(1)]);
    const b = await bytesInUse(fb.storage.local);
    expect(b.bytesEstimated).toBe(false);
    expect(b.bytesUsed).toBe(fb.storage.local.bytes());
  });

  it('estimates when it does not (Firefox)', async () => {
    fb = makeFakeBrowser({ noBytesInUse: true });
    h.browser = fb;
    await saveStories([story(1)]);
    const view = await listLibrary();
    expect(view.bytesEstimated).toBe(true);
    expect(view.bytesUsed).toBe(fb.storage.local.bytes());
    expect(view.quotaBytes).toBe(10 * 1024 * 1024);
  });
});

describe('delete, restore, clear', () => {
  it('deletes and restores with the original save date', async () => {
    const r = await saveStories([story(1), story(2)], 1_000_000);
    const deleted = await deleteStories([r.ids[0]]);
    expect(deleted.map((s) => s.title)).toEqual(['Story 1']);
    expect((await listLibrary()).stories).toHaveLength(1);
    expect(await restoreStories(deleted)).toMatchObject({ saved: 1 });
    const view = await listLibrary();
    expect(view.stories.map((s) => [s.title, s.savedAt])).toEqual([['Story 1', 1_000_000], ['Story 2', 999_999]]);
  });

  it('clear removes stories but keeps quarantined records', async () => {
    await saveStories([story(1)]);
    fb.storage.local.data.set(`${STORY_PREFIX}bad`, '{not json');
    await listLibrary();
    expect(await clearLibrary()).toBe(1);
    const view = await listLibrary();
    expect(view.stories).toHaveLength(0);
    expect(view.quarantined).toBe(1);
  });
});

describe('import', () => {
  it('merges an export without duplicates and counts invalid entries', async () => {
    await saveStories([story(1)]);
    const exported = toExport([
      { ...story(1), id: 'x', savedAt: 5 },
      { ...story(2), id: 'y', savedAt: Date.UTC(2025, 0, 2) },
    ]);
    const json = JSON.stringify({ ...exported, stories: [...exported.stories, { title: 'no text' }] });
    expect(await importLibrary(json)).toEqual({ added: 1, skipped: 1, invalid: 1 });
    const view = await listLibrary();
    expect(view.stories).toHaveLength(2);
    expect(view.stories.find((s) => s.title === 'Story 2')!.savedAt).toBe(Date.UTC(2025, 0, 2));
    expect(await importLibrary(json)).toEqual({ added: 0, skipped: 2, invalid: 1 });
  });

  it('says what is wrong with a file that is not an export', async () => {
    expect((await importLibrary('nope')).error).toBe('not-json');
    expect((await importLibrary('{"a":1}')).error).toBe('not-export');
  });
});

describe('schema v1 → v2', () => {
  it('moves the v1 array into one key per story, keeping dates and flags, then removes it', async () => {
    fb.storage.local.data.set(V1_LIBRARY_KEY, {
      version: 1,
      stories: [
        { title: 'Old one', text: 'An old saved story.', url: 'https://www.old.example/a', savedAt: '2024-05-01T10:00:00.000Z', flags: ['likely_teaser', 'made_up_flag'] },
        { title: 'Broken', url: 7 },
      ],
    });
    const view = await listLibrary();
    expect(view.stories).toHaveLength(1);
    const s = view.stories[0];
    expect(s).toMatchObject({ title: 'Old one', clean_text: 'An old saved story.', site: 'old.example', savedAt: Date.parse('2024-05-01T10:00:00.000Z') });
    expect(s.flags).toEqual([{ name: 'likely_teaser', reason: '' }]);
    expect(s.id).toBe(await storyId(s));
    expect(fb.storage.local.data.has(V1_LIBRARY_KEY)).toBe(false);
    expect(fb.storage.local.data.has(`${QUARANTINE_PREFIX}${V1_LIBRARY_KEY}[1]`)).toBe(true);
    expect(view.quarantined).toBe(1);
  });

  it('is safe to rerun after a crash half way (v1 key still there, some v2 keys written)', async () => {
    const v1 = { version: 1, stories: [{ title: 'A', text: 'Alpha text.', url: 'https://a.example/', savedAt: '2024-01-01T00:00:00Z', flags: [] }] };
    fb.storage.local.data.set(V1_LIBRARY_KEY, v1);
    await listLibrary();
    fb.storage.local.data.set(V1_LIBRARY_KEY, v1);
    expect((await listLibrary()).stories).toHaveLength(1);
  });

  it('decodeVersioned runs each migration step in order', () => {
    const opts = {
      version: 3,
      validate: (d: unknown) => (typeof d === 'object' && d && 'c' in d ? (d as { c: number }) : null),
      migrations: { 1: (d: unknown) => ({ b: (d as { a: number }).a + 1 }), 2: (d: unknown) => ({ c: (d as { b: number }).b * 10 }) },
    };
    expect(decodeVersioned({ v: 1, data: { a: 1 } }, opts)).toEqual({ ok: true, value: { c: 20 }, migrated: true });
    expect(decodeVersioned({ v: 4, data: {} }, opts).ok).toBe(false);
  });
});

describe('corrupt records', () => {
  it('quarantines corrupt JSON and invalid records, reports them and keeps the good ones', async () => {
    await saveStories([story(1)]);
    fb.storage.local.data.set(`${STORY_PREFIX}aaa`, '{"v":2,"data":');
    fb.storage.local.data.set(`${STORY_PREFIX}bbb`, { v: 2, data: { title: 'no text or id' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const view = await listLibrary();
    expect(view.stories.map((s) => s.title)).toEqual(['Story 1']);
    expect(view.quarantined).toBe(2);
    expect(warn).toHaveBeenCalled();
    const q = fb.storage.local.data.get(`${QUARANTINE_PREFIX}${STORY_PREFIX}aaa`) as { raw: unknown; reason: string };
    expect(q.raw).toBe('{"v":2,"data":');
    expect(q.reason).toMatch(/JSON/);
    expect(fb.storage.local.data.has(`${STORY_PREFIX}aaa`)).toBe(false);
    expect((await listLibrary()).quarantined).toBe(2);
    warn.mockRestore();
  });
});

describe('typed items', () => {
  const opts = { fallback: { n: 0 }, version: 2, validate: (d: unknown) => (typeof (d as { n?: unknown })?.n === 'number' ? (d as { n: number }) : null), migrations: { 1: (d: unknown) => ({ n: Number(d) }) } };

  it('returns the fallback when absent, round-trips, and migrates old values in place', async () => {
    const item = sessionItem('tab:1', opts);
    expect(await item.get()).toEqual({ n: 0 });
    await item.set({ n: 5 });
    expect(await item.get()).toEqual({ n: 5 });
    fb.storage.session.data.set('tab:1', { v: 1, data: '9' });
    expect(await item.get()).toEqual({ n: 9 });
    expect(fb.storage.session.data.get('tab:1')).toEqual({ v: 2, data: { n: 9 } });
    await item.remove();
    expect(fb.storage.session.data.has('tab:1')).toBe(false);
  });

  it('quarantines an invalid value and returns the fallback', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fb.storage.local.data.set('settings', 'garbage{');
    expect(await storageItem('local', 'settings', opts).get()).toEqual({ n: 0 });
    expect(fb.storage.local.data.has(`${QUARANTINE_PREFIX}settings`)).toBe(true);
    warn.mockRestore();
  });
});

describe('flag reason codes', () => {
  const coded = { name: 'cut_mid_sentence' as const, reason: 'ends on “or even” with no full stop', code: 'end_no_stop', params: ['or even'] };

  it('survive saving, listing and export', async () => {
    await saveStories([story(1, { flags: [coded] })]);
    const [s] = (await listLibrary()).stories;
    expect(s.flags).toEqual([coded]);
    expect(toExport([s]).stories[0].flags).toEqual([coded]);
  });

  it('old records without them still load, and junk in them is dropped', () => {
    expect(sanitizeFlags([{ name: 'likely_teaser', reason: 'short' }])).toEqual([{ name: 'likely_teaser', reason: 'short' }]);
    expect(sanitizeFlags([{ name: 'likely_teaser', reason: 'short' }])[0]).not.toHaveProperty('code');
    expect(sanitizeFlags([{ name: 'cut_mid_sentence', reason: 'r', code: 'end_comma', params: ['a', 3, null, 'b'] }])).toEqual([{ name: 'cut_mid_sentence', reason: 'r', code: 'end_comma', params: ['a', 'b'] }]);
    expect(sanitizeFlags([{ name: 'cut_mid_sentence', reason: 'r', code: 'Not A Code!', params: ['a'] }])).toEqual([{ name: 'cut_mid_sentence', reason: 'r' }]);
    expect(sanitizeFlags([{ name: 'cut_mid_sentence', reason: 'r', code: 'end_dash' }])).toEqual([{ name: 'cut_mid_sentence', reason: 'r', code: 'end_dash', params: [] }]);
  });

  it('come back through import', () => {
    const p = parseImport(JSON.stringify({ stories: [{ ...story(1, { flags: [coded] }), savedAt: 1 }] }));
    expect(p.ok && p.stories[0].flags).toEqual([coded]);
  });
});
