// Per-tab results live in storage.session, so a stopped worker loses nothing the popup shows.
import type { Analysis } from '@shared/messages';
import { pruneSession, removeSessionKeys, sessionItem, type Item } from '@shared/storage';

/** Bump when the Analysis shape changes: older cached results are then dropped, not misread. */
const ANALYSIS_VERSION = 2; // 2: stories are StoryViews, and leftOutChars

function isAnalysis(d: unknown): Analysis | null {
  const a = d as Analysis | null;
  return a && typeof a === 'object' && Array.isArray(a.stories) && typeof a.page?.url === 'string' ? a : null;
}

const item = (key: string): Item<Analysis | null> => sessionItem<Analysis | null>(key, { fallback: null, version: ANALYSIS_VERSION, validate: isAnalysis });
const TAB_PREFIX = 'analysis:tab:';
const tabKey = (tabId: number) => `${TAB_PREFIX}${tabId}`;
const tabItem = (tabId: number) => item(tabKey(tabId));
const SELECTION_PREFIX = 'analysis:selection:';
/** Selection results kept for their popup windows: a few, so session storage (10 MB) never fills up. */
const SELECTIONS_KEPT = 5;
const selectionItem = (key: string) => item(SELECTION_PREFIX + key);

/** Caching is a convenience: a full session store must never fail the analysis itself. */
async function quietly<T>(p: Promise<T>, fallback: T): Promise<T> {
  try {
    return await p;
  } catch {
    return fallback;
  }
}

export async function cachedTabAnalysis(tabId: number, url: string): Promise<Analysis | null> {
  const hit = await quietly(tabItem(tabId).get(), null);
  return hit && hit.page.url === url ? hit : null;
}

export type CacheOutcome = 'cached' | 'skipped';

/**
 * Caches a tab's analysis (story views only, no raw texts). storage.session holds 10 MB for every tab: when it
 * refuses (a page whose analysis is about 5 MB, with others cached), the other tabs' results go first (they are
 * re-run on their next open). It was skipped silently, so every popup open re-ran it.
 */
export async function cacheTabAnalysis(tabId: number, a: Analysis): Promise<CacheOutcome> {
  const key = tabKey(tabId);
  try {
    await tabItem(tabId).set(a);
    return 'cached';
  } catch { /* full: make room below */ }
  // Other tabs' results only: a selection's result waits for its popup window (SELECTIONS_KEPT bounds those).
  await quietly(removeSessionKeys(TAB_PREFIX, key), 0);
  try {
    await tabItem(tabId).set(a);
    return 'cached';
  } catch (e) {
    console.warn(`Storysplit: the analysis of tab ${tabId} is too large for session storage; it will be re-run on the next open.`, e);
    return 'skipped';
  }
}
export const forgetTab = (tabId: number) => quietly(tabItem(tabId).remove(), undefined);

/** A reload keeps the URL but starts a page without our content script or its blocks: a cached result would then
 * list stale text and its "Show in page" spans would point nowhere. */
export function forgetTabOnLoad(tabId: number, change: { status?: string }): Promise<void> {
  return change.status === 'loading' ? forgetTab(tabId) : Promise.resolve();
}

export const selectionAnalysis = (key: string) => quietly(selectionItem(key).get(), null);
export async function cacheSelectionAnalysis(key: string, a: Analysis): Promise<void> {
  await quietly(selectionItem(key).set(a), undefined);
  await quietly(pruneSession(SELECTION_PREFIX, SELECTIONS_KEPT), undefined);
}
