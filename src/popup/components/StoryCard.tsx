// One story of the page: title, first line, word count, flags, and its actions.
// Text is always rendered as text nodes; Escape collapses an expanded card.
import { useId, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { StoryView } from '@shared/page';
import { afterLead, bodyBelowHead, fullTitle, headOf, smallPrint } from '../card-text';
import { firstLine, safeHref } from '../format';
import { plural, t } from '../i18n';
import { FlagList } from './FlagBadge';
import { FullText } from './FullText';

export interface StoryCardProps {
  story: StoryView;
  index: number;
  saved: boolean;
  canShowInPage: boolean;
  onCopy(story: StoryView): void;
  onSave(index: number): void;
  onShow(story: StoryView): void;
}

export function StoryCard({ story, index, saved, canShowInPage, onCopy, onSave, onShow }: StoryCardProps) {
  const [expanded, setExpanded] = useState(false);
  const expandRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const title = fullTitle(story) || t('untitled');
  // Shown once each: the kicker above, the headline without it (or the deck whole, when the title was only
  // its start), the deck, then the body's first new line.
  const head = headOf(story);
  const shownTitle = head.title;
  // Only heads the page gave (headline, kicker, deck, byline) leave the text: a title the engine made from the
  // first sentence is still the text's own first sentence.
  const body = bodyBelowHead(story.clean_text, [story.headline && title, story.headline && shownTitle, story.headline, story.kicker, story.deck, story.byline], story.kicker);
  // The collapsed card's line under the title: after a title made from the first sentence, the next one.
  const preview = story.headline ? body : afterLead(body, shownTitle);
  const href = story.url ? safeHref(story.url) : null;
  const small = smallPrint(story);
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !expanded) return;
    e.preventDefault();
    e.stopPropagation();
    setExpanded(false);
    expandRef.current?.focus();
  };
  const hasPositions = canShowInPage && !!story.startPos && !!story.endPos;
  return (
    <li class={`card ${expanded ? 'expanded' : ''}`} data-testid="story-card" data-index={index} onKeyDown={onKeyDown}>
      <article aria-labelledby={`${id}-t`}>
        {story.kicker && <p class="kicker">{story.kicker}</p>}
        <h2 class="title" id={`${id}-t`} data-testid="story-title" title={shownTitle}>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" data-testid="story-link" aria-label={t('openStoryLabel', title)}>
              {shownTitle}
            </a>
          ) : (
            shownTitle
          )}
        </h2>
        {head.deck && <p class="deck">{head.deck}</p>}
        {!expanded && preview && <p class="first-line">{firstLine(preview)}</p>}
        {small.length > 0 && <p class="byline" data-testid="story-small-print">{small.join(' · ')}</p>}
        <p class="meta">
          <span data-testid="word-count">{plural(story.wordCount, 'wordsOne', 'wordsMany')}</span>
          <FlagList flags={story.flags} />
        </p>
        <div class="actions">
          <button type="button" data-testid="copy-story" aria-label={t('copyStoryLabel', title)} onClick={() => onCopy(story)}>
            {t('copy')}
          </button>
          <button type="button" data-testid="save-story" aria-label={t(saved ? 'savedStoryLabel' : 'saveStoryLabel', title)} disabled={saved} onClick={() => onSave(index)}>
            {saved ? t('savedDone') : t('save')}
          </button>
          {hasPositions && (
            <button type="button" data-testid="show-in-page" aria-label={t('showInPageLabel', title)} onClick={() => onShow(story)}>
              {t('showInPage')}
            </button>
          )}
          <button
            type="button"
            ref={expandRef}
            data-testid="expand-story"
            aria-expanded={expanded}
            aria-controls={`${id}-full`}
            aria-label={t(expanded ? 'collapseLabel' : 'expandLabel', title)}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('collapse') : t('expand')}
          </button>
        </div>
        {expanded && (
          <div id={`${id}-full`} class="full" data-testid="story-full">
            <FullText text={body} />
            {story.removed.length > 0 && (
              <div class="removed" data-testid="story-removed">
                <h3>{t('removedTitle')}</h3>
                <ul>
                  {story.removed.map((r, i) => (
                    <li key={i}>
                      <span class="reason">{removalLabel(r.reason)}</span> {r.text}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
      </article>
    </li>
  );
}

const REMOVAL_KEYS = {
  caption: 'removedCaption',
  photo_credit: 'removedPhotoCredit',
  read_more: 'removedReadMore',
  advertisement: 'removedAdvertisement',
  share: 'removedShare',
  link_row: 'removedLinkRow',
  ellipsis: 'removedEllipsis',
  more_chars: 'removedMoreChars',
} as const;

function removalLabel(reason: string): string {
  const key = REMOVAL_KEYS[reason as keyof typeof REMOVAL_KEYS];
  return key ? t(key) : reason.replace(/_/g, ' ');
}
