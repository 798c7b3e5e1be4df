// Plain data for component tests: no browser, no worker.
import { vi } from 'vitest';
import type { Story } from '../../../src/core/types';
import type { Analysis } from '../../../src/shared/messages';
import type { SavedStory } from '../../../src/shared/saved';
import type { LibraryView } from '../../../src/shared/storage';
import type { PopupActions, PopupState } from '../../../src/popup/state';

export function story(n: number, over: Partial<Story> = {}): Story {
  const text = `First paragraph of story ${n}.\nSecond paragraph of story ${n}.`;
  return {
    start: n * 100,
    end: n * 100 + text.length,
    startPos: { block: n * 2, offset: 0 },
    endPos: { block: n * 2 + 1, offset: 20 },
    text,
    title: `Headline ${n}`,
    kicker: null,
    deck: null,
    headline: `Headline ${n}`,
    byline: null,
    dateline: null,
    clean_text: text,
    removed: [],
    confidence: 1,
    truncated_end: false,
    truncated_start: false,
    flags: [],
    wordCount: 10 + n,
    ...over,
  };
}

export function analysis(stories: Story[], over: Partial<Analysis> = {}): Analysis {
  return {
    tabId: 7,
    page: { url: 'https://news.example/today', title: 'Today’s news', site: 'news.example' },
    source: 'page',
    stories,
    extractMs: 3,
    omittedChars: 0,
    createdAt: 0,
    segmentMs: 1,
    ...over,
  };
}

export function saved(n: number, over: Partial<SavedStory> = {}): SavedStory {
  return {
    id: `id${n}`,
    savedAt: Date.UTC(2026, 0, n + 1, 12),
    title: `Saved story ${n}`,
    clean_text: `Text of saved story ${n} about ${n % 2 ? 'elections' : 'football'}.`,
    flags: [],
    kicker: null,
    deck: null,
    url: `https://site${n}.example/article`,
    site: `site${n}.example`,
    pageTitle: `Page ${n}`,
    ...over,
  };
}

export function view(stories: SavedStory[], over: Partial<LibraryView> = {}): LibraryView {
  return { stories, bytesUsed: 2048, bytesEstimated: false, quotaBytes: 10 * 1024 * 1024, quarantined: 0, ...over };
}

export function state(over: Partial<PopupState> = {}): PopupState {
  return {
    analysis: { status: 'ready', analysis: analysis([story(1), story(2)]) },
    library: { status: 'ready', view: view([saved(2), saved(1)]) },
    savedIndexes: new Set(),
    undo: null,
    notice: null,
    autoDetect: false,
    initialTab: 'stories',
    ...over,
  };
}

export function actions(): { [K in keyof PopupActions]: ReturnType<typeof vi.fn> } & PopupActions {
  return {
    retry: vi.fn(),
    copyStory: vi.fn(),
    copyAll: vi.fn(),
    saveStories: vi.fn(),
    showInPage: vi.fn(),
    refreshLibrary: vi.fn(),
    copySaved: vi.fn(),
    deleteSaved: vi.fn(),
    undoDelete: vi.fn(),
    setAutoDetect: vi.fn(),
    exportSaved: vi.fn(),
    importSaved: vi.fn(),
    clearSaved: vi.fn(),
  } as never;
}
