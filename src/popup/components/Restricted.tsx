// Pages no extension may read. Say which, and what the user can do instead.
import { t } from '../i18n';

export function Restricted({ url }: { url?: string }) {
  return (
    <div class="state" data-testid="state-restricted">
      <p class="state-title">{t('restrictedTitle')}</p>
      <p>{t('restrictedWhy')}</p>
      {url && (
        <p class="muted url" data-testid="restricted-url">
          {url}
        </p>
      )}
      <p>{t('restrictedWhatToDo')}</p>
      <ol class="steps">
        <li>{t('restrictedStep1')}</li>
        <li>{t('restrictedStep2')}</li>
      </ol>
    </div>
  );
}
