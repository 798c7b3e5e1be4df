// The current page's stories, or the state that explains why there are none.
import type { StoryView } from '@shared/page';
import { plural, t } from '../i18n';
import type { AnalysisState, PopupActions } from '../state';
import { Empty } from './Empty';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';
import { Restricted } from './Restricted';
import { HeadlineList } from './HeadlineList';
import { StoryCard } from './StoryCard';

export interface StoriesTabProps {
  analysis: AnalysisState;
  savedIndexes: ReadonlySet<number>;
  actions: Pick<PopupActions, 'retry' | 'copyStory' | 'copyAll' | 'saveStories' | 'showInPage'>;
}

export function StoriesTab({ analysis, savedIndexes, actions }: StoriesTabProps) {
  if (analysis.status === 'loading') return <Loading progress={analysis.progress} />;
  if (analysis.status === 'restricted') return <Restricted url={analysis.url} />;
  if (analysis.status === 'error') return <ErrorState kind={analysis.kind} message={analysis.message} onRetry={actions.retry} />;
  const { stories, page, tabId, omittedChars, source, reason, emptyKind } = analysis.analysis;
  const leftOutChars = analysis.analysis.leftOutChars ?? 0;
  if (stories.length === 0) return <Empty kind={emptyKind} reason={reason} />;
  const unsaved = stories.map((_, i) => i).filter((i) => !savedIndexes.has(i));
  return (
    <div class="stories" data-testid="stories">
      <div class="toolbar">
        <p class="summary" data-testid="stories-summary">
          {plural(stories.length, 'storiesOne', 'storiesMany')}
          {source === 'selection' ? ` · ${t('fromSelection')}` : page.site ? ` · ${page.site}` : ''}
        </p>
        <button type="button" data-testid="copy-all" onClick={actions.copyAll}>
          {t('copyAll')}
        </button>
        <button type="button" data-testid="save-all" disabled={unsaved.length === 0} onClick={() => actions.saveStories(unsaved)}>
          {unsaved.length === 0 ? t('allSaved') : t('saveAll')}
        </button>
      </div>
      {leftOutChars > 0 && (
        <p class="note" role="note" data-testid="left-out-note">
          {t('leftOutChars', leftOutChars.toLocaleString())}
        </p>
      )}
      {omittedChars > 0 && (
        <p class="note" role="note" data-testid="omitted-note">
          {t('omittedChars', omittedChars.toLocaleString())}
        </p>
      )}
      <ol class="cards" aria-label={t('storiesListLabel')}>
        {stories.map((story: StoryView, i) =>
          story.items ? (
            <HeadlineList key={i} story={story} index={i} />
          ) : (
          <StoryCard
            key={i}
            story={story}
            index={i}
            saved={savedIndexes.has(i)}
            canShowInPage={tabId !== null && source === 'page'}
            onCopy={actions.copyStory}
            onSave={(index) => actions.saveStories([index])}
            onShow={actions.showInPage}
          />
          ),
        )}
      </ol>
    </div>
  );
}
