// The complete handler map: the compiler fails the build if a request type has no handler.
import type { Handlers } from '@shared/messages';
import { contentCall } from './inject';
import { selectionAnalysis } from './cache';
import { settingsItem } from '@shared/storage';
import { libraryHandlers } from './library';
import { analyzeTab } from './tabs';

export const handlers: Handlers = {
  analyzeTab,
  async getSelectionAnalysis({ key }) {
    const analysis = await selectionAnalysis(key);
    return analysis ? { ok: true, analysis } : { ok: false, kind: 'error', message: 'The selection has expired. Select the text and try again.' };
  },
  async highlightStory({ tabId, span }) {
    return contentCall(tabId, 'highlight', { span }).catch(() => ({ ok: false }));
  },
  async clearHighlight({ tabId }) {
    return contentCall(tabId, 'clearHighlight', {}).catch(() => ({ ok: false }));
  },
  getSettings: () => settingsItem.get(),
  async setSettings(settings) {
    await settingsItem.set({ autoDetect: settings?.autoDetect === true });
    return settingsItem.get();
  },
  ...libraryHandlers,
};
