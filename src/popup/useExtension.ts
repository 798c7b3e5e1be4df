// The ONE place the popup talks to the extension. Components get state and callbacks as props.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '@shared/browser';
import { isBroadcast, send, type AnalyzeResponse } from '@shared/messages';
import type { PageInfo, StoryView } from '@shared/page';
import { storyId, type SavedStory, type StoryToSave } from '@shared/saved';
import { dropAllSites, requestAllSites } from '@shared/permissions';
import type { SaveReport } from '@shared/storage';
import { checkImport, download, exportFile, importBatches, type ExportFormat } from './export';
import { plural, t } from './i18n';
import { storiesToMarkdown } from './markdown';
import { headOf } from './card-text';
import { safeHref } from './format';
import type { AnalysisState, LibraryState, Notice, PopupActions, PopupState } from './state';

export interface PopupParams {
  tabId?: number;
  selectionKey?: string;
  view?: 'saved';
}

/** `popup.html?tabId=N`, `?selection=KEY`, `?view=saved`. Anything malformed is ignored. */
export function readParams(search: string): PopupParams {
  const q = new URLSearchParams(search);
  const out: PopupParams = {};
  const tab = q.get('tabId');
  if (tab !== null && /^\d+$/.test(tab)) out.tabId = Number(tab);
  const sel = q.get('selection');
  if (sel) out.selectionKey = sel;
  if (q.get('view') === 'saved') out.view = 'saved';
  return out;
}

export function fromResponse(res: AnalyzeResponse): AnalysisState {
  if (res.ok) return { status: 'ready', analysis: res.analysis };
  if (res.kind === 'restricted') return { status: 'restricted', url: res.url, message: res.message };
  return { status: 'error', kind: res.kind, message: res.message };
}

export function storyToSave(story: StoryView, page: PageInfo): StoryToSave {
  const { clean_text, flags, kicker } = story;
  // The whole title as the card shows it (kicker apart), and the story's own page when the listing links to it
  // (the listing stays its source).
  const { title, deck } = headOf(story);
  const url = story.url && safeHref(story.url) ? story.url : page.url;
  return { title, clean_text, flags, kicker, deck, url, site: page.site, pageTitle: page.title };
}

export function saveErrorText(report: Pick<SaveReport, 'error'>): string {
  return report.error === 'quota' ? t('errorQuota') : t('errorSave');
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The first analysis request, sent before anything renders: the popup's first paint and the page's
 * extraction then overlap instead of running one after the other. */
export function requestAnalysis(params: PopupParams, force = false): Promise<AnalyzeResponse> {
  if (params.selectionKey) return send('getSelectionAnalysis', { key: params.selectionKey });
  return send('analyzeTab', params.tabId === undefined ? { force } : { tabId: params.tabId, force });
}

export function useExtension(params: PopupParams, early?: Promise<AnalyzeResponse>): { state: PopupState; actions: PopupActions } {
  const [analysis, setAnalysis] = useState<AnalysisState>({ status: 'loading', progress: null });
  const [library, setLibrary] = useState<LibraryState>({ status: 'loading' });
  const [savedIndexes, setSavedIndexes] = useState<ReadonlySet<number>>(new Set());
  const [deleted, setDeleted] = useState<SavedStory[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [autoDetect, setAutoDetectState] = useState<boolean | null>(null);
  const seq = useRef(0);
  const firstRequest = useRef(early);
  const latest = useRef({ analysis, library, deleted });
  latest.current = { analysis, library, deleted };

  const say = useCallback((text: string, kind: Notice['kind'] = 'ok') => setNotice({ id: ++seq.current, text, kind }), []);

  const analyze = useCallback(
    async (force: boolean) => {
      setAnalysis({ status: 'loading', progress: null });
      try {
        const pending = !force && firstRequest.current ? firstRequest.current : requestAnalysis({ tabId: params.tabId, selectionKey: params.selectionKey }, force);
        firstRequest.current = undefined;
        const res = await pending;
        setAnalysis(fromResponse(res));
      } catch (e) {
        setAnalysis({ status: 'error', kind: 'error', message: messageOf(e) });
      }
    },
    [params.selectionKey, params.tabId],
  );

  const refreshLibrary = useCallback(async () => {
    try {
      setLibrary({ status: 'ready', view: await send('listSaved', {}) });
    } catch (e) {
      setLibrary({ status: 'error', message: messageOf(e) });
    }
  }, []);

  useEffect(() => {
    const onMessage = (msg: unknown) => {
      if (!isBroadcast(msg, 'analyzeProgress')) return;
      const { tabId, done, total } = msg.payload;
      if (params.tabId !== undefined && tabId !== params.tabId) return;
      setAnalysis((a) => (a.status === 'loading' ? { status: 'loading', progress: { done, total } } : a));
    };
    browser.runtime.onMessage.addListener(onMessage);
    void analyze(false);
    void refreshLibrary();
    void send('getSettings', {}).then((s) => setAutoDetectState(s.autoDetect), () => setAutoDetectState(false));
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [analyze, refreshLibrary, params.tabId]);

  // A story is "saved" when the library holds its id, whichever popup saved it; a delete un-marks it.
  useEffect(() => {
    if (analysis.status !== 'ready' || library.status !== 'ready') return;
    const { stories, page } = analysis.analysis;
    const inLibrary = new Set(library.view.stories.map((s) => s.id));
    let live = true;
    void Promise.all(stories.map((s) => storyId(storyToSave(s, page)))).then((ids) => {
      if (live) setSavedIndexes(new Set(ids.flatMap((id, i) => (inLibrary.has(id) ? [i] : []))));
    });
    return () => {
      live = false;
    };
  }, [analysis, library]);

  const copy = useCallback(
    (text: string, done: string) =>
      navigator.clipboard.writeText(text).then(
        () => say(done),
        () => say(t('copyFailed'), 'error'),
      ),
    [say],
  );

  const actions = useMemo<PopupActions>(() => {
    const current = () => (latest.current.analysis.status === 'ready' ? latest.current.analysis.analysis : null);
    const savedList = () => (latest.current.library.status === 'ready' ? latest.current.library.view.stories : []);
    const guarded = (fn: () => Promise<unknown>) => () => void fn().catch((e) => say(`${t('errorGeneric')} ${messageOf(e)}`, 'error'));
    return {
      retry: () => void analyze(true),
      copyStory: (story) => void copy(story.clean_text, t('copied')),
      copyAll: () => {
        const a = current();
        if (a) void copy(storiesToMarkdown(a.stories, a.page), plural(a.stories.length, 'copiedAllOne', 'copiedAllMany'));
      },
      saveStories: (indexes) =>
        guarded(async () => {
          const a = current();
          if (!a) return;
          const chosen = indexes.filter((i) => a.stories[i]);
          const report = await send('saveStories', { stories: chosen.map((i) => storyToSave(a.stories[i], a.page)) });
          if (report.error) return say(saveErrorText(report), 'error');
          setSavedIndexes((s) => new Set([...s, ...chosen]));
          say(report.saved === 0 ? t('alreadySaved') : plural(report.saved, 'savedOne', 'savedMany'));
          await refreshLibrary();
        })(),
      showInPage: (story) =>
        guarded(async () => {
          const a = current();
          if (!a || a.tabId === null || !story.startPos || !story.endPos) return;
          const res = await send('highlightStory', { tabId: a.tabId, span: { from: story.startPos, to: story.endPos } });
          if (!res.ok) say(t('highlightFailed'), 'error');
        })(),
      refreshLibrary: () => void refreshLibrary(),
      copySaved: (story) => void copy(story.clean_text, t('copied')),
      deleteSaved: (ids) =>
        guarded(async () => {
          const res = await send('deleteSaved', { ids });
          setDeleted(res.deleted);
          say(plural(res.deleted.length, 'deletedOne', 'deletedMany'));
          await refreshLibrary();
        })(),
      undoDelete: () =>
        guarded(async () => {
          const stories = latest.current.deleted;
          if (!stories) return;
          const report = await send('restoreSaved', { stories });
          if (report.error) return say(saveErrorText(report), 'error');
          setDeleted(null);
          say(plural(stories.length, 'restoredOne', 'restoredMany'));
          await refreshLibrary();
        })(),
      exportSaved: (format: ExportFormat, ids) => {
        const all = savedList();
        const chosen = ids ? all.filter((s) => ids.includes(s.id)) : all;
        if (chosen.length === 0) return;
        download(exportFile(chosen, format));
        say(plural(chosen.length, 'exportedOne', 'exportedMany'));
      },
      importSaved: (json) =>
        guarded(async () => {
          const check = checkImport(json);
          if (!check.ok) return say(t('importNotExport'), 'error');
          // A big file goes in batches: one message can't carry it, and a full store stops the rest with a clear error.
          let added = 0, skipped = 0;
          for (const batch of importBatches(json)) {
            const report = await send('importSaved', { json: batch });
            if (report.error === 'not-json' || report.error === 'not-export') return say(t('importNotExport'), 'error');
            added += report.added;
            skipped += report.skipped;
            if (report.error) { await refreshLibrary(); return say(saveErrorText({ error: report.error }), 'error'); }
          }
          say(t('imported', added, skipped));
          await refreshLibrary();
        })(),
      setAutoDetect: (on) =>
        guarded(async () => {
          // The permission prompt must open inside this click, before any other await.
          const granted = on ? await requestAllSites() : (await dropAllSites(), false);
          if (on && !granted) return say(t('autoDetectDenied'), 'error');
          setAutoDetectState((await send('setSettings', { autoDetect: on })).autoDetect);
          say(on ? t('autoDetectOn') : t('autoDetectOff'));
        })(),
      clearSaved: () =>
        guarded(async () => {
          await send('clearSaved', {});
          setDeleted(null);
          say(t('cleared'));
          await refreshLibrary();
        })(),
    };
  }, [analyze, copy, refreshLibrary, say]);

  const state: PopupState = {
    analysis,
    library,
    savedIndexes,
    undo: deleted && deleted.length ? { count: deleted.length } : null,
    notice,
    autoDetect,
    initialTab: params.view === 'saved' ? 'saved' : 'stories',
  };
  return { state, actions };
}
