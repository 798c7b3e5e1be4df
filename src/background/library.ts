// PLACEHOLDER (issue 5 fills this in): handlers for the saved library, over src/shared/storage.ts.
import type { Handlers } from '../shared/messages';

export type LibraryHandlers = Pick<Handlers, 'saveStories' | 'listSaved' | 'deleteSaved' | 'restoreSaved' | 'importSaved' | 'clearSaved'>;

export const libraryHandlers: LibraryHandlers = {
  saveStories: () => ({ saved: 0, duplicates: 0, error: 'not implemented' }),
  listSaved: () => ({ stories: [], bytesUsed: 0, quotaBytes: 10 * 1024 * 1024 }),
  deleteSaved: () => ({ deleted: [] }),
  restoreSaved: () => ({ saved: 0, duplicates: 0 }),
  importSaved: () => ({ added: 0, skipped: 0 }),
  clearSaved: () => ({ ok: true }),
};
