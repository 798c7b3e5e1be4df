// Tab analysis: find the tab, refuse restricted pages with a reason, reuse the cache, else extract and segment.
import { browser, type Tabs } from '@shared/browser';
import type { AnalyzeResponse } from '@shared/messages';
import { broadcast } from '@shared/messages';
import { analyzeExtraction } from './analyze';
import { cacheTabAnalysis, cachedTabAnalysis, forgetTab } from './cache';
import { extractFromTab, hasSelection } from './inject';
import { isRestrictionError, restrictionMessage, restrictionOf } from './restricted';

async function findTab(tabId?: number): Promise<Tabs.Tab | null> {
  if (tabId != null) return browser.tabs.get(tabId).catch(() => null);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active ?? null;
}

export async function analyzeTab({ tabId, force }: { tabId?: number; force?: boolean }): Promise<AnalyzeResponse> {
  const tab = await findTab(tabId);
  if (!tab || tab.id == null) return { ok: false, kind: 'no-tab', message: 'There is no page to analyse in this window.' };
  const restricted = restrictionOf(tab.url);
  // Firefox hides the URL of tabs without host permission; an undefined URL is not proof of a restricted page.
  if (restricted && tab.url) return { ok: false, kind: 'restricted', message: restrictionMessage(restricted), url: tab.url };
  // A selection asks for the selection: never answer it with the whole page's cached result.
  if (!force && tab.url && !(await hasSelection(tab.id))) {
    const hit = await cachedTabAnalysis(tab.id, tab.url);
    if (hit) return { ok: true, analysis: hit };
  }
  try {
    const extraction = await extractFromTab(tab.id);
    const id = tab.id;
    const analysis = await analyzeExtraction(extraction, id, (p) => broadcast('analyzeProgress', { tabId: id, ...p }));
    // The content script now maps spans to this extraction's blocks. A selection's result is not the page's:
    // caching it would show the selection again once it is gone, so drop any older page result instead.
    await (analysis.source === 'page' ? cacheTabAnalysis(tab.id, analysis) : forgetTab(tab.id));
    return { ok: true, analysis };
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    if (isRestrictionError(message)) return { ok: false, kind: 'restricted', message: restrictionMessage('other'), url: tab.url };
    return { ok: false, kind: 'error', message };
  }
}
