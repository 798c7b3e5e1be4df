// One saved story: title, source page (opens in a new tab), site, date saved, flags, Copy, Delete.
import { useId } from 'preact/hooks';
import { isoDate, type SavedStory } from '@shared/saved';
import { formatDate, safeHref } from '../format';
import { t } from '../i18n';
import { FlagList } from './FlagBadge';

export interface SavedItemProps {
  story: SavedStory;
  selected: boolean;
  onToggle(id: string): void;
  onCopy(story: SavedStory): void;
  onDelete(id: string): void;
}

export function SavedItem({ story, selected, onToggle, onCopy, onDelete }: SavedItemProps) {
  const id = useId();
  const title = story.title || t('untitled');
  const href = safeHref(story.url);
  const source = story.pageTitle || story.site || story.url;
  return (
    <li class="saved" data-testid="saved-item" data-id={story.id}>
      <input type="checkbox" id={`${id}-c`} class="pick" checked={selected} onChange={() => onToggle(story.id)} aria-label={t('selectStoryLabel', title)} data-testid="saved-select" />
      <div class="saved-body">
        {story.kicker && <p class="kicker">{story.kicker}</p>}
        <h3 class="title" data-testid="saved-title">
          {title}
        </h3>
        <p class="meta">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" data-testid="saved-source" title={story.url}>
              {source}
            </a>
          ) : (
            <span data-testid="saved-source">{source}</span>
          )}
          {story.site && <span class="site"> · {story.site}</span>}
          <span class="date">
            {' · '}
            {t('savedOn')} <time dateTime={isoDate(story.savedAt)}>{story.savedAt > 0 ? formatDate(story.savedAt) : '—'}</time>
          </span>
        </p>
        <FlagList flags={story.flags} />
        <div class="actions">
          <button type="button" data-testid="copy-saved" aria-label={t('copyStoryLabel', title)} onClick={() => onCopy(story)}>
            {t('copy')}
          </button>
          <button type="button" class="danger" data-testid="delete-saved" aria-label={t('deleteStoryLabel', title)} onClick={() => onDelete(story.id)}>
            {t('delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
