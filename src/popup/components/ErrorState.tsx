import { t } from '../i18n';

interface Props {
  kind: 'no-tab' | 'error';
  message: string;
  onRetry(): void;
}

export function ErrorState({ kind, message, onRetry }: Props) {
  return (
    <div class="state" role="alert" data-testid="state-error">
      <p class="state-title">{kind === 'no-tab' ? t('noTabTitle') : t('errorTitle')}</p>
      {message && <p class="muted" data-testid="error-message">{message}</p>}
      <button type="button" class="primary" data-testid="retry" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
