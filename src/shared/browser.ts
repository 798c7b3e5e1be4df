// The only door to the browser: every other module imports `browser` from here, never the polyfill.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage, Menus, Scripting } from 'webextension-polyfill';
export { browser };
