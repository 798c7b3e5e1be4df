import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_BASE, makeFakeBrowser } from '../fakes/fakeBrowser';

const h = vi.hoisted(() => ({ browser: null as unknown }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));

import { libraryHandlers } from '../../../src/background/library';
import { isOwnPage } from '../../../src/background/sender';
import type { Runtime } from '../../../src/shared/browser';

beforeEach(() => {
  h.browser = makeFakeBrowser();
});

const popup = { id: 'fakeid', url: `${EXTENSION_BASE}popup.html?tabId=3` } as Runtime.MessageSender;
const page = { id: 'fakeid', url: 'https://evil.example/', tab: { url: 'https://evil.example/' } } as unknown as Runtime.MessageSender;
const other = { id: 'otherext', url: 'chrome-extension://otherext/popup.html' } as Runtime.MessageSender;
const story = { title: 'T', clean_text: 'Some text.', flags: [], kicker: null, deck: null, url: 'https://n.example/', site: 'n.example', pageTitle: 'N' };

describe('library handlers: who may call them', () => {
  it('accepts the extension pages and rejects content scripts and other extensions', () => {
    expect(isOwnPage(popup)).toBe(true);
    expect(isOwnPage(page)).toBe(false);
    expect(isOwnPage(other)).toBe(false);
    expect(isOwnPage({ id: 'fakeid' } as Runtime.MessageSender)).toBe(false);
  });

  it.each(['saveStories', 'listSaved', 'deleteSaved', 'restoreSaved', 'importSaved', 'clearSaved'] as const)('%s rejects a page', async (type) => {
    const payloads = { saveStories: { stories: [story] }, listSaved: {}, deleteSaved: { ids: [] }, restoreSaved: { stories: [] }, importSaved: { json: '[]' }, clearSaved: {} };
    const handler = libraryHandlers[type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    await expect(handler(payloads[type], page)).rejects.toThrow(/extension's own pages/);
  });

  it('saves, lists, deletes and clears for the popup', async () => {
    const r = await libraryHandlers.saveStories({ stories: [story] }, popup);
    expect(r.saved).toBe(1);
    expect((await libraryHandlers.listSaved({}, popup)).stories).toHaveLength(1);
    expect((await libraryHandlers.deleteSaved({ ids: r.ids }, popup)).deleted).toHaveLength(1);
    await libraryHandlers.saveStories({ stories: [story] }, popup);
    expect(await libraryHandlers.clearSaved({}, popup)).toEqual({ ok: true });
    expect((await libraryHandlers.listSaved({}, popup)).stories).toHaveLength(0);
  });

  it('ignores a malformed payload instead of throwing', async () => {
    expect((await libraryHandlers.saveStories({ stories: 'x' } as never, popup)).error).toBe('invalid');
    expect((await libraryHandlers.importSaved({ json: 5 } as never, popup)).error).toBe('not-json');
  });
});
