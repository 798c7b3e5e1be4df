// Injects the content script on demand (activeTab + scripting), so pages never analysed cost nothing.
import { browser } from '@shared/browser';
import { sendToTab, type ContentEnvelope, type ContentRequests, type ContentType } from '@shared/messages';
import type { Extraction } from '@shared/page';

/** The content script's file in dist, built as a classic script. */
const CONTENT_SCRIPT = 'content.js';

export async function extractFromTab(tabId: number): Promise<Extraction> {
  // The script guards against a second injection itself; injecting again is cheap and makes sure
  // a tab that navigated since the last analysis has a listener.
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  return contentCall(tabId, 'extract', {});
}

/** No listener in the page: the page clobbered `chrome` before the content script came, or it was never injected. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/**
 * Asks the content script, by message, else by executeScript: a function run in the content script's own world
 * calls the listener it left there (content/main.ts). That needs no runtime in the page, so a page that took the
 * `chrome` name before we came (an <iframe name="chrome">, which leaves no runtime to listen on) can't switch us off.
 */
export async function contentCall<K extends ContentType>(tabId: number, type: K, payload: ContentRequests[K]['req']): Promise<ContentRequests[K]['res']> {
  try {
    return await sendToTab(tabId, type, payload);
  } catch (e) {
    if (!NO_RECEIVER.test((e as Error)?.message ?? '')) throw e;
  }
  const envelope: ContentEnvelope<K> = { to: 'content', type, payload };
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    args: [envelope],
    func: (env: unknown) => {
      const api = (globalThis as unknown as Record<symbol, ((m: unknown) => Promise<unknown> | undefined) | undefined>)[Symbol.for('storysplit.content.api')];
      if (!api) return { ok: false, message: 'Storysplit is not loaded in this page.' };
      return Promise.resolve(api(env)).then((value) => ({ ok: true, value }), (err: Error) => ({ ok: false, message: err?.message ?? String(err) }));
    },
  });
  const r = frame?.result as { ok: boolean; value?: unknown; message?: string } | undefined;
  if (!r?.ok) throw new Error(r?.message ?? 'The page did not answer.');
  return r.value as ContentRequests[K]['res'];
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
