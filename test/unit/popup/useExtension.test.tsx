// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import type { ExportFile } from '../../../src/popup/export';

const h = vi.hoisted(() => ({
  listeners: new Set<(msg: unknown) => void>(),
  send: null as unknown as ReturnType<typeof vi.fn<(type: string, payload: any) => Promise<unknown>>>,
  downloads: [] as ExportFile[],
}));

vi.mock('../../../src/shared/browser', () => ({
  browser: { runtime: { onMessage: { addListener: (f: (m: unknown) => void) => h.listeners.add(f), removeListener: (f: (m: unknown) => void) => h.listeners.delete(f) } } },
}));
vi.mock('../../../src/shared/messages', async (orig) => ({
  ...(await orig<typeof import('../../../src/shared/messages')>()),
  send: (type: string, payload: unknown) => h.send(type, payload),
}));
vi.mock('../../../src/popup/export', async (orig) => ({
  ...(await orig<typeof import('../../../src/popup/export')>()),
  download: (f: ExportFile) => h.downloads.push(f),
}));

import { readParams, storyToSave, useExtension, type PopupParams } from '../../../src/popup/useExtension';
import { storyId } from '../../../src/shared/saved';
import { analysis, saved, story, view } from './fixtures';

let clipboard: string[];
let library = view([saved(2), saved(1)]);

function respond(over: Record<string, (p: any) => unknown> = {}) {
  const base: Record<string, (p: any) => unknown> = {
    analyzeTab: () => ({ ok: true, analysis: analysis([story(1), story(2)]) }),
    getSelectionAnalysis: () => ({ ok: true, analysis: analysis([story(3)], { source: 'selection' }) }),
    listSaved: () => library,
    saveStories: async (p) => {
      const added = await Promise.all(p.stories.map(async (s: any, i: number) => ({ ...s, id: await storyId(s), savedAt: 100 - i })));
      library = view([...added, ...library.stories]);
      return { saved: p.stories.length, duplicates: 0, ids: added.map((s) => s.id) };
    },
    deleteSaved: (p) => ({ deleted: library.stories.filter((s) => p.ids.includes(s.id)) }),
    restoreSaved: (p) => ({ saved: p.stories.length, duplicates: 0, ids: [] }),
    importSaved: () => ({ added: 1, skipped: 2, invalid: 0 }),
    clearSaved: () => ({ ok: true }),
    highlightStory: () => ({ ok: true }),
    ...over,
  };
  h.send = vi.fn(async (type: string, payload: unknown) => base[type](payload));
}

beforeEach(() => {
  clipboard = [];
  h.downloads = [];
  library = view([saved(2), saved(1)]);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void clipboard.push(s) }, configurable: true });
  respond();
});
afterEach(cleanup);

const start = async (params: PopupParams = { tabId: 5 }) => {
  const r = renderHook(() => useExtension(params));
  await waitFor(() => expect(r.result.current.state.analysis.status).not.toBe('loading'));
  await waitFor(() => expect(r.result.current.state.library.status).toBe('ready'));
  return r;
};

describe('readParams', () => {
  it('reads tabId, selection and view; ignores junk', () => {
    expect(readParams('?tabId=12')).toEqual({ tabId: 12 });
    expect(readParams('?tabId=x&selection=abc&view=saved')).toEqual({ selectionKey: 'abc', view: 'saved' });
    expect(readParams('')).toEqual({});
  });
});

describe('useExtension: analysis', () => {
  it('analyses the given tab, or the active tab without one', async () => {
    const r = await start();
    expect(h.send).toHaveBeenCalledWith('analyzeTab', { tabId: 5, force: false });
    expect(r.result.current.state.analysis.status).toBe('ready');
    cleanup();
    await start({});
    expect(h.send).toHaveBeenCalledWith('analyzeTab', { force: false });
  });

  it('shows the context-menu selection analysis', async () => {
    const r = await start({ selectionKey: 'k1' });
    expect(h.send).toHaveBeenCalledWith('getSelectionAnalysis', { key: 'k1' });
    const a = r.result.current.state.analysis;
    expect(a.status === 'ready' && a.analysis.source).toBe('selection');
  });

  it('maps restricted pages and errors; Retry forces a fresh analysis', async () => {
    respond({ analyzeTab: () => ({ ok: false, kind: 'restricted', message: 'no', url: 'chrome://x' }) });
    let r = await start();
    expect(r.result.current.state.analysis).toEqual({ status: 'restricted', message: 'no', url: 'chrome://x' });
    cleanup();
    respond({ analyzeTab: () => Promise.reject(new Error('Could not establish connection')) });
    r = await start();
    expect(r.result.current.state.analysis).toEqual({ status: 'error', kind: 'error', message: 'Could not establish connection' });
    respond();
    act(() => r.result.current.actions.retry());
    await waitFor(() => expect(r.result.current.state.analysis.status).toBe('ready'));
    expect(h.send).toHaveBeenCalledWith('analyzeTab', { tabId: 5, force: true });
  });

  it('shows progress broadcasts for its tab while loading', async () => {
    let finish!: (v: unknown) => void;
    respond({ analyzeTab: () => new Promise((res) => (finish = res)) });
    const r = renderHook(() => useExtension({ tabId: 5 }));
    await waitFor(() => expect(h.listeners.size).toBe(1));
    act(() => h.listeners.forEach((f) => f({ broadcast: 'analyzeProgress', payload: { tabId: 9, done: 1, total: 2 } })));
    expect(r.result.current.state.analysis).toEqual({ status: 'loading', progress: null });
    act(() => h.listeners.forEach((f) => f({ broadcast: 'analyzeProgress', payload: { tabId: 5, done: 1, total: 2 } })));
    expect(r.result.current.state.analysis).toEqual({ status: 'loading', progress: { done: 1, total: 2 } });
    finish({ ok: true, analysis: analysis([story(1)]) });
    await waitFor(() => expect(r.result.current.state.analysis.status).toBe('ready'));
  });
});

describe('useExtension: stories', () => {
  it('copies clean text and all stories as Markdown, and confirms', async () => {
    const r = await start();
    act(() => r.result.current.actions.copyStory(story(1)));
    await waitFor(() => expect(clipboard).toEqual([story(1).clean_text]));
    await waitFor(() => expect(r.result.current.state.notice?.text).toBe('Copied to the clipboard.'));
    act(() => r.result.current.actions.copyAll());
    await waitFor(() => expect(clipboard[1]).toMatch(/^# Today’s news\n[\s\S]*## Headline 1[\s\S]*## Headline 2/));
    await waitFor(() => expect(r.result.current.state.notice?.text).toBe('Copied 2 stories as Markdown.'));
  });

  it('saves with the page address, marks saved, and reports a full quota', async () => {
    const r = await start();
    act(() => r.result.current.actions.saveStories([1]));
    await waitFor(() => expect(r.result.current.state.savedIndexes.has(1)).toBe(true));
    const [, payload] = h.send.mock.calls.find(([t]) => t === 'saveStories')!;
    expect(payload.stories).toEqual([{ title: 'Headline 2', clean_text: story(2).clean_text, flags: [], kicker: null, deck: null, url: 'https://news.example/today', site: 'news.example', pageTitle: 'Today’s news' }]);
    expect(r.result.current.state.notice?.text).toBe('Saved 1 story.');
    respond({ saveStories: () => ({ saved: 0, duplicates: 0, ids: [], error: 'quota' }) });
    act(() => r.result.current.actions.saveStories([0]));
    await waitFor(() => expect(r.result.current.state.notice?.kind).toBe('error'));
    expect(r.result.current.state.notice?.text).toMatch(/Storage is full.*intact/);
    expect(r.result.current.state.savedIndexes.has(0)).toBe(false);
  });

  it('Show in page sends the story span to its tab', async () => {
    const r = await start();
    act(() => r.result.current.actions.showInPage(story(1)));
    await waitFor(() => expect(h.send).toHaveBeenCalledWith('highlightStory', { tabId: 7, span: { from: story(1).startPos, to: story(1).endPos } }));
  });
});

describe('useExtension: saved marks', () => {
  it('marks stories the library already holds, and un-marks them after a delete', async () => {
    const a = analysis([story(1), story(2)]);
    const held = { ...storyToSave(story(2), a.page), id: await storyId(storyToSave(story(2), a.page)), savedAt: 1 };
    library = view([held]);
    const r = await start();
    await waitFor(() => expect([...r.result.current.state.savedIndexes]).toEqual([1]));
    library = view([]);
    act(() => r.result.current.actions.deleteSaved([held.id]));
    await waitFor(() => expect(r.result.current.state.savedIndexes.size).toBe(0));
  });
});

describe('useExtension: library', () => {
  it('deletes with undo, restoring the same records', async () => {
    const r = await start();
    act(() => r.result.current.actions.deleteSaved(['id1']));
    await waitFor(() => expect(r.result.current.state.undo).toEqual({ count: 1 }));
    expect(r.result.current.state.notice?.text).toBe('Deleted 1 story.');
    act(() => r.result.current.actions.undoDelete());
    await waitFor(() => expect(r.result.current.state.undo).toBeNull());
    expect(h.send).toHaveBeenCalledWith('restoreSaved', { stories: [saved(1)] });
    expect(r.result.current.state.notice?.text).toBe('Restored 1 story.');
  });

  it('exports all or the selection as files', async () => {
    const r = await start();
    act(() => r.result.current.actions.exportSaved('json', ['id1']));
    expect(h.downloads).toHaveLength(1);
    const data = JSON.parse(h.downloads[0].text);
    expect(data.stories.map((s: { id: string }) => s.id)).toEqual(['id1']);
    act(() => r.result.current.actions.exportSaved('markdown', null));
    expect(h.downloads[1].text).toContain('## Saved story 2');
    expect(h.downloads[1].text).toContain('## Saved story 1');
  });

  it('imports a valid export and reports the merge; refuses other files without asking the worker', async () => {
    const r = await start();
    act(() => r.result.current.actions.importSaved('not json'));
    await waitFor(() => expect(r.result.current.state.notice?.text).toBe('That file is not a Storysplit JSON export.'));
    expect(h.send.mock.calls.some(([t]) => t === 'importSaved')).toBe(false);
    act(() => r.result.current.actions.importSaved(JSON.stringify({ stories: [saved(5)] })));
    await waitFor(() => expect(r.result.current.state.notice?.text).toBe('Imported 1 new stories; 2 were already saved.'));
  });

  it('clears all', async () => {
    const r = await start();
    library = view([]);
    act(() => r.result.current.actions.clearSaved());
    await waitFor(() => expect(r.result.current.state.notice?.text).toBe('All saved stories were deleted.'));
    const lib = r.result.current.state.library;
    expect(lib.status === 'ready' && lib.view.stories).toEqual([]);
  });
});
