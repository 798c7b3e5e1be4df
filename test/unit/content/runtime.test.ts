// Issue 16: no page can switch the content script off by clobbering `browser` (DOM named access in Chromium).
import { describe, expect, it, vi } from 'vitest';
import { listen, realRuntime, unshadowedRuntime } from '../../../src/content/runtime';
import { happyDoc } from '../extract/helpers';

function fakeRuntime() {
  const listeners: Array<(...a: unknown[]) => unknown> = [];
  return {
    listeners,
    runtime: { id: 'abcdef', onMessage: { addListener: vi.fn((f) => listeners.push(f)), removeListener: vi.fn((f) => listeners.splice(listeners.indexOf(f), 1)) } },
  };
}

/** What `globalThis.browser` is on a page with <form id="browser"><input name="runtime" id="x"></form>. */
function clobbered() {
  const doc = happyDoc('<html><body><form id="browser"><input name="runtime" id="x"></form></body></html>');
  const form = doc.getElementById('browser') as unknown as { runtime?: unknown };
  // happy-dom has no form named access: give the form its input the way Chromium does.
  Object.defineProperty(form, 'runtime', { value: doc.getElementById('x') });
  return form;
}

describe('realRuntime', () => {
  it('refuses a DOM form standing where `browser` should be', () => {
    const g = { browser: clobbered() };
    expect(realRuntime('browser', g)).toBeNull();
  });

  it('refuses objects that only look like a runtime', () => {
    expect(realRuntime('browser', { browser: { runtime: { id: 'x' } } })).toBeNull();
    expect(realRuntime('browser', { browser: { runtime: { id: 'x', onMessage: { addListener: 1, removeListener: 1 } } } })).toBeNull();
    expect(realRuntime('browser', { browser: { runtime: { id: '', onMessage: fakeRuntime().runtime.onMessage } } })).toBeNull();
  });
});

describe('listen', () => {
  it('listens on chrome when a page has clobbered browser, and answers through sendResponse', async () => {
    const chrome = fakeRuntime();
    const stop = listen(() => Promise.resolve('pong'), { browser: clobbered(), chrome: { runtime: chrome.runtime } });
    expect(chrome.listeners).toHaveLength(1);
    const sendResponse = vi.fn();
    expect(chrome.listeners[0]('ping', {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith('pong'));
    stop();
    expect(chrome.listeners).toHaveLength(0);
  });

  it('prefers chrome even when browser is real, and uses browser (a promise answer) only without chrome', () => {
    const chrome = fakeRuntime(), browser = fakeRuntime();
    listen(() => undefined, { browser: { runtime: browser.runtime }, chrome: { runtime: chrome.runtime } });
    expect([chrome.listeners.length, browser.listeners.length]).toEqual([1, 0]);
    const only = fakeRuntime();
    const listener = () => Promise.resolve(1);
    listen(listener, { browser: { runtime: only.runtime } });
    expect(only.listeners[0]).toBe(listener);
  });

  it('moves nothing of a page whose "runtime" elements stand on no form named chrome', () => {
    const page = happyDoc('<html><body><div id="runtime">a</div><form name="search"><input name="runtime"></form><iframe name="runtime"></iframe></body></html>');
    let moved = 0;
    for (const el of Array.from(page.querySelectorAll('[id=runtime],[name=runtime]'))) {
      const remove = el.remove.bind(el);
      el.remove = () => { moved++; remove(); };
    }
    expect(unshadowedRuntime({} as never, page)).toBeNull();
    expect(moved).toBe(0);
  });
});
