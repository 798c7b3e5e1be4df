// The saved library's handlers, over src/shared/storage.ts. Only the extension's own pages may use
// them: a content script (and so a hostile page) can't save, list, delete, import or clear (issue 6).
import type { Runtime } from '@shared/browser';
import type { Handlers } from '@shared/messages';
import { isOwnPage } from './sender';
import { clearLibrary, deleteStories, importLibrary, listLibrary, restoreStories, saveStories } from '@shared/storage';

export type LibraryHandlers = Pick<Handlers, 'saveStories' | 'listSaved' | 'deleteSaved' | 'restoreSaved' | 'importSaved' | 'clearSaved'>;

export class ForbiddenSenderError extends Error {
  constructor(what: string) {
    super(`Storysplit: ${what} is only accepted from the extension's own pages`);
    this.name = 'ForbiddenSenderError';
  }
}

function guard(sender: Runtime.MessageSender, what: string): void {
  if (!isOwnPage(sender)) throw new ForbiddenSenderError(what);
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export const libraryHandlers: LibraryHandlers = {
  async saveStories(payload, sender) {
    guard(sender, 'saveStories');
    return saveStories(list(payload?.stories));
  },
  async listSaved(_payload, sender) {
    guard(sender, 'listSaved');
    return listLibrary();
  },
  async deleteSaved(payload, sender) {
    guard(sender, 'deleteSaved');
    const ids = list<unknown>(payload?.ids).filter((id): id is string => typeof id === 'string');
    return { deleted: await deleteStories(ids) };
  },
  async restoreSaved(payload, sender) {
    guard(sender, 'restoreSaved');
    return restoreStories(list(payload?.stories));
  },
  async importSaved(payload, sender) {
    guard(sender, 'importSaved');
    if (typeof payload?.json !== 'string') return { added: 0, skipped: 0, invalid: 0, error: 'not-json' };
    return importLibrary(payload.json);
  },
  async clearSaved(_payload, sender) {
    guard(sender, 'clearSaved');
    await clearLibrary();
    return { ok: true };
  },
};
