// Opt-in auto-detection: with the setting on and the all-sites permission granted, count the stories
// of each page once it has loaded, and show the count on the toolbar badge. Off by default, so a page
// the user never analyses runs no extension code.
import { browser, type Tabs } from '@shared/browser';
import { hasAllSites } from '@shared/permissions';
import { settingsItem } from '@shared/storage';
import { analyzeTab } from './tabs';

/** Wait this long after "complete", so the count runs when the page is idle, not while it settles. */
const IDLE_DELAY_MS = 1500;
/** The badge's background: the icon's blue. */
const BADGE_COLOR = '#2563eb';

export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.status !== 'complete' || !/^https?:/.test(tab.url ?? '')) return;
  if (!(await settingsItem.get()).autoDetect || !(await hasAllSites())) return;
  await new Promise((r) => setTimeout(r, IDLE_DELAY_MS));
  const res = await analyzeTab({ tabId });
  const count = res.ok ? res.analysis.stories.length : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
}

/**
 * The all-sites permission is asked for only by the auto-detection switch. Firefox may close the popup while
 * its prompt is open, before the popup can save the setting, so the grant itself turns the feature on.
 */
export async function onPermissionsAdded(): Promise<void> {
  if (await hasAllSites()) await settingsItem.set({ autoDetect: true });
}

/** The user took the permission back in the browser's settings: turn the feature off with it. */
export async function onPermissionsRemoved(): Promise<void> {
  if (!(await hasAllSites())) await settingsItem.set({ autoDetect: false });
}
