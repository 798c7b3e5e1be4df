// Opt-in auto-detection: nothing happens unless the user turned it on AND granted the permission.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from '../fakes/fakeBrowser';

const h = vi.hoisted(() => ({ browser: null as unknown, analyze: vi.fn() }));
vi.mock('../../../src/shared/browser', () => ({
  get browser() {
    return h.browser;
  },
}));
vi.mock('../../../src/background/tabs', () => ({ analyzeTab: h.analyze }));

import { onPermissionsAdded, onPermissionsRemoved, onTabUpdated } from '../../../src/background/autodetect';
import { settingsItem } from '../../../src/shared/storage';
import type { Tabs } from '../../../src/shared/browser';

let granted = false;
const badge = vi.fn(async () => undefined);

beforeEach(() => {
  granted = false;
  badge.mockClear();
  h.analyze.mockReset().mockResolvedValue({ ok: true, analysis: { stories: [{}, {}, {}] } });
  h.browser = {
    ...makeFakeBrowser(),
    permissions: { contains: async () => granted },
    action: { setBadgeText: badge, setBadgeBackgroundColor: async () => undefined },
  };
});

const page = { url: 'https://news.example/' } as Tabs.Tab;
const complete = { status: 'complete' } as Tabs.OnUpdatedChangeInfoType;

/** A page finishes loading; the idle delay before counting passes on a fake clock. */
async function load(tab = page) {
  vi.useFakeTimers();
  try {
    const run = onTabUpdated(7, complete, tab);
    await vi.runAllTimersAsync();
    await run;
  } finally {
    vi.useRealTimers();
  }
}

describe('auto-detection', () => {
  it('is off by default: a page load analyses nothing', async () => {
    granted = true;
    await load();
    expect(h.analyze).not.toHaveBeenCalled();
    expect(badge).not.toHaveBeenCalled();
  });

  it('does nothing when the setting is on but the permission is not granted', async () => {
    await settingsItem.set({ autoDetect: true });
    await load();
    expect(h.analyze).not.toHaveBeenCalled();
  });

  it('counts the stories of a loaded page onto the badge when on and granted', async () => {
    await settingsItem.set({ autoDetect: true });
    granted = true;
    await load();
    expect(h.analyze).toHaveBeenCalledWith({ tabId: 7 });
    expect(badge).toHaveBeenCalledWith({ tabId: 7, text: '3' });
  });

  it('skips pages that are not web pages', async () => {
    await settingsItem.set({ autoDetect: true });
    granted = true;
    await load({ url: 'chrome://settings' } as Tabs.Tab);
    expect(h.analyze).not.toHaveBeenCalled();
  });

  it('follows the permission: granted turns it on, removed turns it off', async () => {
    granted = true;
    await onPermissionsAdded();
    expect((await settingsItem.get()).autoDetect).toBe(true);
    granted = false;
    await onPermissionsRemoved();
    expect((await settingsItem.get()).autoDetect).toBe(false);
  });
});
