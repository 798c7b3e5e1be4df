// The content script's one use of the extension API: answering the worker's messages. It goes to the
// browser directly instead of through webextension-polyfill (@shared/browser), which is 10 KB of the
// 25 KB budget for this one listener. `chrome` answers through sendResponse, with `true` returned to keep the
// channel open; Firefox's `browser` takes a listener's promise. A failure is sent in the polyfill's own reject
// format, so the worker's sendMessage (polyfilled) rejects as before. Only a real runtime is trusted (issue 16).
import type { ContentEnvelope } from '@shared/messages';
import { attr } from '../extract/tree';

export type ContentListener = (msg: unknown) => Promise<unknown> | undefined;

interface OnMessage {
  addListener(fn: (...args: never[]) => unknown): void;
  removeListener(fn: (...args: never[]) => unknown): void;
}
interface RuntimeApi { id?: unknown; onMessage?: OnMessage }

type Global = { browser?: unknown; chrome?: unknown };
const scope = globalThis as unknown as Global;

const isNode = (v: unknown) => typeof Node === 'function' && v instanceof Node;
const isWindow = (v: unknown) => typeof Window === 'function' && v instanceof Window;

/**
 * The extension's runtime under `name`, or null when what is there is not one. A page can put its own objects on
 * these names: in Chromium `<form id="browser"><input name="runtime" id="x">` makes `globalThis.browser` the form
 * (named access on window), and its `runtime` an input with an id. A real runtime is no DOM node or window, has a
 * string id and an onMessage whose addListener and removeListener are functions. (The namespace itself may be a
 * page's form: see unshadowedRuntime.)
 */
export function realRuntime(name: 'chrome' | 'browser', global: Global = scope): RuntimeApi | null {
  try {
    const ns = global[name];
    if (!ns || (typeof ns !== 'object' && typeof ns !== 'function')) return null;
    const rt = (ns as { runtime?: unknown }).runtime;
    if (!rt || typeof rt !== 'object' || isNode(rt) || isWindow(rt)) return null;
    const { id, onMessage } = rt as RuntimeApi;
    if (typeof id !== 'string' || !id || !onMessage || typeof onMessage !== 'object' || isNode(onMessage)) return null;
    return typeof onMessage.addListener === 'function' && typeof onMessage.removeListener === 'function' ? (rt as RuntimeApi) : null;
  } catch {
    return null; // a cross-origin window on the name throws on access
  }
}

/** Elements whose name or id would shadow `runtime` on a form standing where the API should be. */
const SHADOWS_RUNTIME = '[id=runtime],[name=runtime]';

/**
 * When a page's `<form name="chrome">` holds the name, Chromium puts the extension API on that form as own
 * properties, where a control named "runtime" shadows it ([LegacyOverrideBuiltIns]). Renaming the control is not
 * enough: the form's "past names map" remembers it once anything (the page included) has read form.runtime. Taking
 * the controls out of the document for one synchronous read changes their form owner, which clears that map; they
 * are put back where they were at once.
 */
export function unshadowedRuntime(global: Global = scope, doc: Document | undefined = globalThis.document): RuntimeApi | null {
  if (!doc?.querySelectorAll) return null;
  // Only controls owned by a form that stands on the API's name: nothing else of the page is moved (a moved iframe
  // would reload, a moved video pause).
  const onApiForm = (e: Element) => {
    const form = (e as Element & { form?: HTMLFormElement | null }).form;
    return !!form && (attr(form, 'name') === 'chrome' || form.id === 'chrome');
  };
  const els = Array.from(doc.querySelectorAll(SHADOWS_RUNTIME)).filter(onApiForm);
  if (!els.length) return null;
  const places = els.map((e) => [e, e.parentNode, e.nextSibling] as const);
  try {
    for (const e of els) e.remove();
    return realRuntime('chrome', global);
  } finally {
    for (let i = places.length - 1; i >= 0; i--) {
      const [e, parent, next] = places[i];
      parent?.insertBefore(e, next && next.parentNode === parent ? next : null);
    }
  }
}

/** Where the content script leaves its listener for the worker's executeScript (see background/inject.ts). */
export const CONTENT_API = Symbol.for('storysplit.content.api');

/** A request from the worker. Kept here, not in @shared/messages, whose send() would pull the polyfill in. */
export const isForContent = (msg: unknown): msg is ContentEnvelope => typeof msg === 'object' && msg !== null && (msg as ContentEnvelope).to === 'content';

/**
 * Adds the listener; returns its removal. `chrome` first where it is a real runtime (a page can't replace it: a
 * real global property shadows named access), answering through sendResponse, which Chrome and Firefox both
 * take; Firefox's `browser`, which takes a promise, only when there is no `chrome`.
 */
export function listen(listener: ContentListener, global: Global = scope): () => void {
  const chromeRt = realRuntime('chrome', global) ?? (global === scope ? unshadowedRuntime(global) : null);
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
