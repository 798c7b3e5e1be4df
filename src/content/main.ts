// Content script entry: wiring only. Injected on demand by the worker (possibly more than once per page);
// answers ContentEnvelope messages with the handlers of one session per page.
import type { ContentType } from '@shared/messages';
import { contentSession } from './handlers';
import { CONTENT_API, isForContent, listen } from './runtime';

// A second injection finds this mark and does nothing. It lives on the content script's own global,
// which the isolated world keeps out of the page's sight.
const MARK = Symbol.for('storysplit.content');
const scope = globalThis as unknown as Record<symbol, boolean>;

if (!scope[MARK]) {
  scope[MARK] = true;
  const session = contentSession(document);
  const listener = (msg: unknown): Promise<unknown> | undefined => {
    if (!isForContent(msg)) return undefined;
    const handle = session.handlers[msg.type as ContentType] as (p: unknown) => unknown;
    if (typeof handle !== 'function') return undefined;
    return Promise.resolve().then(() => handle(msg.payload));
  };
  const unlisten = listen(listener);
  // The same answers for the worker's executeScript, which needs no runtime in the page: the way in when a page
  // has clobbered `chrome` before we came (<iframe name="chrome">). Our world's global: no page can reach it.
  (scope as unknown as Record<symbol, unknown>)[CONTENT_API] = listener;
  addEventListener('pagehide', (e) => {
    if ((e as PageTransitionEvent).persisted) return; // kept in the back-forward cache: still ours
    session.dispose();
    unlisten();
    delete (scope as unknown as Record<symbol, unknown>)[CONTENT_API];
    scope[MARK] = false;
  });
}
