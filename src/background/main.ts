// The background worker's entry: only wiring. State lives in storage.session, never in globals.
import { browser } from '@shared/browser';
import { onPermissionsAdded, onPermissionsRemoved, onTabUpdated } from './autodetect';
import { forgetTab, forgetTabOnLoad } from './cache';
import { createListener } from './dispatch';
import { handlers } from './handlers';
import { createMenus, onMenuClicked } from './menus';

browser.runtime.onMessage.addListener(createListener(handlers));
browser.runtime.onInstalled.addListener(() => void createMenus());
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => void forgetTabOnLoad(tabId, change));
browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
browser.permissions.onAdded.addListener(() => void onPermissionsAdded());
browser.permissions.onRemoved.addListener(() => void onPermissionsRemoved());

// No automation can click a native context menu, so E2E tests call the menu's handler here.
// The worker's global is the extension's own: no page can reach it.
(globalThis as { storysplitMenuClick?: typeof onMenuClicked }).storysplitMenuClick = onMenuClicked;
