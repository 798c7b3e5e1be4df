// The one optional permission: reading every site, asked for only when the user turns on auto-detection.
import { browser } from './browser';

export const ALL_SITES = { origins: ['<all_urls>'] };

/** Must run inside the user's click: browsers only show the prompt for a user gesture. */
export const requestAllSites = (): Promise<boolean> => browser.permissions.request(ALL_SITES);
export const hasAllSites = (): Promise<boolean> => browser.permissions.contains(ALL_SITES);
export const dropAllSites = (): Promise<boolean> => browser.permissions.remove(ALL_SITES);
