// The content script's one use of the extension API: answering the worker's messages. It goes to the
// browser directly instead of through webextension-polyfill (@shared/browser), which is 10 KB of the
// 25 KB budget for this one listener. `chrome` answers through sendResponse, with `true` returned to keep the
// channel open; Firefox's `browser` takes a listener's promise. A failure is sent in the polyfill's own reject
// format, so the worker's sendMessage (polyfilled) rejects as before. Only a real runtime is trusted (issue 16).
import type { ContentEnvelope } from '@shared/messages';

export type ContentListener = (msg: unknown) => Promise<unknown> | undefined;

interface OnMessage {
  addListener(fn: (...args: never[]) => unknown): void;
  removeListener(fn: (...args: never[]) => unknown): void;
}
interface RuntimeApi { id?: unknown; onMessage?: OnMessage }

const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };

/**
 * The extension's runtime under `name`, or null when what is there is not one. A page can put its own objects on
 * these names: in Chromium `<form id="browser"><input name="runtime" id="x">` makes `globalThis.browser` the form
 * (named access on window), and its `runtime` an input with an id. A real runtime is no DOM node, has a string id
 * and an onMessage whose addListener and removeListener are functions.
 */
export function realRuntime(name: 'chrome' | 'browser', global: { browser?: unknown; chrome?: unknown } = scope): RuntimeApi | null {
  const isNode = (v: unknown) => typeof Node === 'function' && v instanceof Node;
  const ns = global[name];
  if (!ns || typeof ns !== 'object' || isNode(ns)) return null;
  const rt = (ns as { runtime?: unknown }).runtime;
  if (!rt || typeof rt !== 'object' || isNode(rt)) return null;
  const { id, onMessage } = rt as RuntimeApi;
  if (typeof id !== 'string' || !id || !onMessage || typeof onMessage !== 'object' || isNode(onMessage)) return null;
  return typeof onMessage.addListener === 'function' && typeof onMessage.removeListener === 'function' ? (rt as RuntimeApi) : null;
}

/** A request from the worker. Kept here, not in @shared/messages, whose send() would pull the polyfill in. */
export const isForContent = (msg: unknown): msg is ContentEnvelope => typeof msg === 'object' && msg !== null && (msg as ContentEnvelope).to === 'content';

/**
 * Adds the listener; returns its removal. `chrome` first where it is a real runtime (a page can't replace it: a
 * real global property shadows named access), answering through sendResponse, which Chrome and Firefox both
 * take; Firefox's `browser`, which takes a promise, only when there is no `chrome`.
 */
export function listen(listener: ContentListener, global: { browser?: unknown; chrome?: unknown } = scope): () => void {
  const chromeRt = realRuntime('chrome', global);
  const browserRt = chromeRt ? null : realRuntime('browser', global);
  const onMessage = (chromeRt ?? browserRt)?.onMessage;
  if (!onMessage) return () => {};
  const wrapped = browserRt
    ? listener
    : (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
        const answer = listener(msg);
        if (!answer) return undefined;
        answer.then(sendResponse, (e: Error) => sendResponse({ __mozWebExtensionPolyfillReject__: true, message: e?.message ?? String(e) }));
        return true;
      };
  onMessage.addListener(wrapped as never);
  return () => onMessage.removeListener(wrapped as never);
}
