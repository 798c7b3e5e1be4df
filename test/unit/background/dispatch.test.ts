// The worker's one listener: typed dispatch, and refusal of anything a web page sends.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_BASE, makeFakeBrowser } from '../fakes/fakeBrowser';

const h = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));

import { createListener } from '../../../src/background/dispatch';
import type { Runtime } from '../../../src/shared/browser';
import type { Handlers } from '../../../src/shared/messages';

beforeEach(() => {
  h.browser = makeFakeBrowser();
});

const popup = { id: 'fakeid', url: `${EXTENSION_BASE}popup.html` } as Runtime.MessageSender;
const contentScript = { id: 'fakeid', url: 'https://news.example/', tab: { id: 4, url: 'https://news.example/' } } as unknown as Runtime.MessageSender;

function fakeHandlers() {
  const clearSaved = vi.fn(async () => ({ ok: true }));
  return { clearSaved, handlers: { clearSaved } as unknown as Handlers };
}

describe('createListener', () => {
  it('calls the handler for a request from the extension page, with its payload', async () => {
    const { clearSaved, handlers } = fakeHandlers();
    await expect(createListener(handlers)({ type: 'clearSaved', payload: {} }, popup)).resolves.toEqual({ ok: true });
    expect(clearSaved).toHaveBeenCalledWith({}, popup);
  });

  it('refuses the same request from a content script (a web page)', async () => {
    const { clearSaved, handlers } = fakeHandlers();
    await expect(createListener(handlers)({ type: 'clearSaved', payload: {} }, contentScript)).rejects.toThrow(/refused/);
    expect(clearSaved).not.toHaveBeenCalled();
  });

  it('leaves messages that are not requests to other listeners', () => {
    const { handlers } = fakeHandlers();
    const listen = createListener(handlers);
    expect(listen({ to: 'content', type: 'extract', payload: {} }, popup)).toBeUndefined();
    expect(listen({ type: 'toString', payload: {} }, popup)).toBeUndefined();
    expect(listen('hello', popup)).toBeUndefined();
  });
});
