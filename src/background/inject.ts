// Injects the content script on demand (activeTab + scripting), so pages never analysed cost nothing.
import { browser } from '@shared/browser';
import { sendToTab } from '@shared/messages';
import type { Extraction } from '@shared/page';

/** The content script's file in dist, built as a classic script. */
const CONTENT_SCRIPT = 'content.js';

export async function extractFromTab(tabId: number): Promise<Extraction> {
  // The script guards against a second injection itself; injecting again is cheap and makes sure
  // a tab that navigated since the last analysis has a listener.
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  return sendToTab(tabId, 'extract', {});
}

/** Whether the user has selected text in the tab: a tiny probe, far cheaper than an extraction. */
export async function hasSelection(tabId: number): Promise<boolean> {
  try {
    const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: () => !!getSelection()?.toString().trim() });
    return probe?.result === true;
  } catch {
    return false;
  }
}
