// Pages no extension may script. The popup says so and offers the context menu on a selection instead.

/** URL schemes the browser keeps extensions out of. */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'edge:', 'about:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'data:'];

/** Stores and internal hosts where content scripts are blocked even with host permission. */
const RESTRICTED_HOSTS = ['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export type RestrictedKind = 'browser-page' | 'store' | 'pdf' | 'other';

/** Why a URL can't be read, or null when the extension may try. */
export function restrictionOf(url: string | undefined): RestrictedKind | null {
  if (!url) return 'other';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  if (RESTRICTED_SCHEMES.includes(u.protocol)) return 'browser-page';
  if (RESTRICTED_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}

export function restrictionMessage(kind: RestrictedKind): string {
  switch (kind) {
    case 'browser-page':
      return 'The browser does not let extensions read its own pages (such as chrome:// and about: pages).';
    case 'store':
      return 'The browser does not let extensions read the extension store.';
    case 'pdf':
      return 'The PDF viewer cannot be read by extensions.';
    default:
      return 'This page cannot be read by extensions.';
  }
}

/** Errors from scripting.executeScript that mean the page is off limits, not that something broke. */
export function isRestrictionError(message: string): boolean {
  return /cannot access|cannot be scripted|extensions gallery|missing host permission|permission to access|restricted|about:|chrome:\/\//i.test(message);
}
