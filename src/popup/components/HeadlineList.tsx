// A headline list of the page (a ticker, "More headlines"): compact and collapsed at first, each line a link
// to its story (new tab, no opener). Text is always rendered as text nodes.
import type { StoryView } from '@shared/page';
import { safeHref } from '../format';
import { plural } from '../i18n';

export interface HeadlineListProps {
  story: StoryView;
  index: number;
}

export function HeadlineList({ story, index }: HeadlineListProps) {
  const items = story.items ?? [];
  return (
    <li class="card headlines" data-testid="headline-list" data-index={index}>
      <details>
        <summary>
          <span class="title" data-testid="story-title">{story.title}</span> <span class="muted">{plural(items.length, 'headlinesOne', 'headlinesMany')}</span>
        </summary>
        <ul class="headline-items">
          {items.map((item, i) => {
            const href = item.url ? safeHref(item.url) : null;
            return (
              <li key={i} data-testid="headline-item">
                {item.time && <span class="muted">{item.time} </span>}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">{item.headline}</a>
                ) : (
                  item.headline
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}
