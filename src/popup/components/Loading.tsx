import type { Progress } from '../state';
import { t } from '../i18n';

export function Loading({ progress }: { progress: Progress | null }) {
  const pct = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return (
    <div class="state" role="status" data-testid="state-loading">
      <p class="state-title">
        <span class="spinner" aria-hidden="true" />
        {t('loading')}
      </p>
      {pct !== null && (
        <>
          <progress max={100} value={pct} aria-label={t('loadingProgressLabel')} />
          <p class="muted">{t('loadingProgress', pct)}</p>
        </>
      )}
    </div>
  );
}
