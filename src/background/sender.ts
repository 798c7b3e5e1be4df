// Who may call the worker: only the extension's own pages (popup, its windows). Content scripts run in
// web pages and carry the page's URL, so a hostile page can never make the worker save, delete or export.
import { browser, type Runtime } from '@shared/browser';

export function isOwnPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(base) && sender.tab?.url?.startsWith(base) !== false;
}
