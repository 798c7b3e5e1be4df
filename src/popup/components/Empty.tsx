import type { EmptyKind } from '@shared/messages';
import { t, type MessageKey } from '../i18n';

const WHY: Record<EmptyKind, MessageKey> = { 'no-text': 'emptyNoText', 'not-news': 'emptyNotNews', selection: 'emptySelection' };

/** No stories: why, in the user's language when the worker gave a known reason, else its own words. */
export function Empty({ kind, reason }: { kind?: EmptyKind; reason?: string }) {
  const why = kind ? t(WHY[kind]) : reason;
  return (
    <div class="state" data-testid="state-empty">
      <p class="state-title">{t('emptyTitle')}</p>
      {why && (
        <p>
          {t('emptyWhy')} <span data-testid="empty-reason">{why}</span>
        </p>
      )}
      <p class="muted">{t('emptyHint')}</p>
    </div>
  );
}
