import { t } from '../i18n';

export function Empty({ reason }: { reason?: string }) {
  return (
    <div class="state" data-testid="state-empty">
      <p class="state-title">{t('emptyTitle')}</p>
      {reason && (
        <p>
          {t('emptyWhy')} <span data-testid="empty-reason">{reason}</span>
        </p>
      )}
      <p class="muted">{t('emptyHint')}</p>
    </div>
  );
}
