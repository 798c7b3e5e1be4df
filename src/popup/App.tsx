// The popup's view: two tabs over the state and actions that useExtension provides.
// Pure props in, callbacks out, so every state renders in a Node test with plain data.
import { useState } from 'preact/hooks';
import { t } from './i18n';
import type { PopupActions, PopupState } from './state';
import { NoticeRegion } from './components/NoticeRegion';
import { SavedTab } from './components/SavedTab';
import { Settings } from './components/Settings';
import { StoriesTab } from './components/StoriesTab';
import { Tabs, panelId, tabId } from './components/Tabs';

export interface AppProps {
  state: PopupState;
  actions: PopupActions;
}

type TabKey = 'stories' | 'saved';

export function App({ state, actions }: AppProps) {
  const [tab, setTab] = useState<TabKey>(state.initialTab);
  const savedCount = state.library.status === 'ready' ? state.library.view.stories.length : null;
  const tabs = [
    { id: 'stories' as const, label: t('tabStories') },
    { id: 'saved' as const, label: savedCount === null ? t('tabSaved') : t('tabSavedCount', savedCount) },
  ];
  return (
    <div class="popup">
      <header class="header">
        <h1 class="brand">{t('extName')}</h1>
        <Tabs<TabKey> tabs={tabs} selected={tab} onSelect={setTab} label={t('tabsLabel')} />
      </header>
      <main>
        <section role="tabpanel" id={panelId('stories')} aria-labelledby={tabId('stories')} hidden={tab !== 'stories'} data-testid="panel-stories" data-status={state.analysis.status}>
          <StoriesTab analysis={state.analysis} savedIndexes={state.savedIndexes} actions={actions} />
          <Settings autoDetect={state.autoDetect} onChange={actions.setAutoDetect} />
        </section>
        <section role="tabpanel" id={panelId('saved')} aria-labelledby={tabId('saved')} hidden={tab !== 'saved'} data-testid="panel-saved" data-status={state.library.status}>
          <SavedTab library={state.library} undo={state.undo} actions={actions} />
        </section>
      </main>
      <NoticeRegion notice={state.notice} />
    </div>
  );
}
