// Issue 16: when a page leaves the content script no runtime to listen on, the worker asks through executeScript.
import { describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));

import { contentCall } from '../../../src/background/inject';
import { CONTENT_API } from '../../../src/content/runtime';

function fake(sendError: string | null) {
  const executeScript = vi.fn(async ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) => [{ result: await func(...args) }]);
  h.browser = {
    tabs: { sendMessage: vi.fn(async () => { if (sendError) throw new Error(sendError); return { ok: true, via: 'message' }; }) },
    scripting: { executeScript },
  };
  return executeScript;
}

describe('contentCall', () => {
  it('uses the message when the content script listens', async () => {
    const exec = fake(null);
    expect(await contentCall(1, 'clearHighlight', {})).toEqual({ ok: true, via: 'message' });
    expect(exec).not.toHaveBeenCalled();
  });

  it('falls back to the listener left in the content script\'s world when nothing receives the message', async () => {
    fake('Could not establish connection. Receiving end does not exist.');
    const g = globalThis as unknown as Record<symbol, unknown>;
    g[CONTENT_API] = (env: { type: string }) => Promise.resolve({ ok: true, via: 'executeScript', type: env.type });
    try {
      expect(await contentCall(1, 'clearHighlight', {})).toEqual({ ok: true, via: 'executeScript', type: 'clearHighlight' });
      g[CONTENT_API] = () => Promise.reject(new Error('boom'));
      await expect(contentCall(1, 'clearHighlight', {})).rejects.toThrow('boom');
    } finally {
      delete g[CONTENT_API];
    }
    await expect(contentCall(1, 'clearHighlight', {})).rejects.toThrow(/not loaded/);
  });

  it('passes other errors on', async () => {
    const exec = fake('No tab with id: 1');
    await expect(contentCall(1, 'clearHighlight', {})).rejects.toThrow(/No tab/);
    expect(exec).not.toHaveBeenCalled();
  });
});
