// How the tests and the demo read the popup: its data-testid hooks, in one place.
import type { Page as PwPage } from 'playwright-core';

export const STORY_CARD = '[data-testid=story-card]';
export const STORIES_READY = '[data-testid=panel-stories]:not([data-status=loading])';
export const NOTICE = '[data-testid=notice]';

export interface ListedStory {
  title: string;
  /** Flag names (data-flag), and the plain words the badge shows. */
  badges: string[];
  labels: string[];
}

/** The story list as a reader sees it: titles and the flag badges under each. */
export async function readStoryList(popup: PwPage): Promise<ListedStory[]> {
  await popup.locator(STORIES_READY).waitFor({ timeout: 30_000 });
  return popup.locator(STORY_CARD).evaluateAll((cards) =>
    cards.map((c) => ({
      title: c.querySelector('[data-testid=story-title]')?.textContent?.trim() ?? '',
      badges: [...c.querySelectorAll('[data-testid=flag-badge]')].map((b) => b.getAttribute('data-flag') ?? ''),
      labels: [...c.querySelectorAll('[data-testid=flag-badge]')].map((b) => b.firstChild?.textContent?.trim() ?? ''),
    })),
  );
}
