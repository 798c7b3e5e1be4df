// The content script's one use of the extension API: answering the worker's messages. It goes to the
// browser directly instead of through webextension-polyfill (@shared/browser), which is 10 KB of the
// 25 KB budget for this one listener. Firefox's `browser` takes a listener's promise as its answer;
// Chrome's `chrome` answers through sendResponse, with `true` returned to keep the channel open. A failure
// is sent in the polyfill's own reject format, so the worker's sendMessage (polyfilled) rejects as before.
import type { ContentEnvelope } from '@shared/messages';

export type ContentListener = (msg: unknown) => Promise<unknown> | undefined;

interface OnMessage {
  addListener(fn: (...args: never[]) => unknown): void;
  removeListener(fn: (...args: never[]) => unknown): void;
}
type Api = { runtime?: { id?: string; onMessage: OnMessage } } | undefined;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

/** A request from the worker. Kept here, not in @shared/messages, whose send() would pull the polyfill in. */
export const isForContent = (msg: unknown): msg is ContentEnvelope => typeof msg === 'object' && msg !== null && (msg as ContentEnvelope).to === 'content';

/** Adds the listener; returns its removal. */
export function listen(listener: ContentListener): () => void {
  const native = scope.browser?.runtime?.id ? scope.browser.runtime : null;
  const onMessage = (native ?? scope.chrome?.runtime)?.onMessage;
  if (!onMessage) return () => {};
  const wrapped = native
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
