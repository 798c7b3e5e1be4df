// Per-tab results live in storage.session, so a stopped worker loses nothing the popup shows.
import type { Analysis } from '@shared/messages';
import { browser } from '@shared/browser';

const TAB_PREFIX = 'analysis:tab:';
/** Progress of a long analysis, which the popup watches. */
export const PROGRESS_PREFIX = 'analysis:progress:';
const SELECTION_PREFIX = 'analysis:selection:';

async function read(key: string): Promise<Analysis | null> {
  try {
    const got = await browser.storage.session.get(key);
    return (got[key] as Analysis | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Caching is a convenience: a full session store must never fail the analysis itself. */
async function write(key: string, value: Analysis): Promise<void> {
  try {
    await browser.storage.session.set({ [key]: value });
  } catch {
    /* over the session quota: the popup still gets its answer */
  }
}

export async function cachedTabAnalysis(tabId: number, url: string): Promise<Analysis | null> {
  const hit = await read(TAB_PREFIX + tabId);
  return hit && hit.page.url === url ? hit : null;
}

export const cacheTabAnalysis = (tabId: number, a: Analysis) => write(TAB_PREFIX + tabId, a);

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(TAB_PREFIX + tabId).catch(() => undefined);
}

export const selectionAnalysis = (key: string) => read(SELECTION_PREFIX + key);
export const cacheSelectionAnalysis = (key: string, a: Analysis) => write(SELECTION_PREFIX + key, a);

export async function setProgress(tabId: number, p: { done: number; total: number }): Promise<void> {
  await browser.storage.session.set({ [PROGRESS_PREFIX + tabId]: p }).catch(() => undefined);
}
