// The context menu "Split selection into stories": analyse the selection and open the same list.
import { browser, type Menus, type Tabs } from '@shared/browser';
import { analyzeExtraction, analyzeText, pageInfoOf } from './analyze';
import { cacheSelectionAnalysis, forgetTab } from './cache';
import { extractFromTab } from './inject';

export const MENU_ID = 'storysplit-split-selection';

/** The popup window's size: the popup's own width plus the window frame. */
const WINDOW_SIZE = { width: 440, height: 640 };

export async function createMenus(): Promise<void> {
  try {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuSplitSelection'), contexts: ['selection'] });
  } catch (e) {
    console.error('Storysplit: could not create the context menu', e);
  }
}

export async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const tabId = tab?.id ?? null;
  let analysis;
  try {
    // Read the selection from the page when we may, to keep its paragraphs and map stories back.
    if (tabId == null) throw new Error('no tab');
    const extraction = await extractFromTab(tabId);
    // The content script now maps spans to the selection's blocks, not to the tab's cached page result.
    await forgetTab(tabId);
    if (!extraction.fromSelection || !extraction.blocks.length) throw new Error('selection not readable');
    analysis = await analyzeExtraction(extraction, tabId);
  } catch {
    analysis = analyzeText(info.selectionText ?? '', pageInfoOf(tab?.url ?? info.pageUrl, tab?.title), tabId);
  }
  // Keys sort by time (fixed-width base-36 milliseconds), so the cache can keep the newest few.
  const key = `${Date.now().toString(36).padStart(9, '0')}-${Math.random().toString(36).slice(2, 8)}`;
  await cacheSelectionAnalysis(key, analysis);
  await browser.windows.create({ url: browser.runtime.getURL(`popup.html?selection=${key}`), type: 'popup', ...WINDOW_SIZE });
}
