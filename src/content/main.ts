// Content script entry: wiring only. Injected on demand by the worker (possibly more than once per page);
// answers ContentEnvelope messages with the handlers of one session per page.
import type { ContentType } from '@shared/messages';
import { contentSession } from './handlers';
import { isForContent, listen } from './runtime';

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
  addEventListener('pagehide', (e) => {
    if ((e as PageTransitionEvent).persisted) return; // kept in the back-forward cache: still ours
    session.dispose();
    unlisten();
    scope[MARK] = false;
  });
}
