// Asks before deleting every saved story. Focus starts on Cancel; Escape cancels.
import { useEffect, useRef } from 'preact/hooks';
import { plural, t } from '../i18n';

export function ClearConfirm({ count, onConfirm, onCancel }: { count: number; onConfirm(): void; onCancel(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="clear-q"
      data-testid="clear-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id="clear-q">{plural(count, 'clearQuestionOne', 'clearQuestionMany')}</p>
      <button type="button" class="danger" data-testid="confirm-clear" onClick={onConfirm}>
        {t('clearConfirm')}
      </button>
      <button type="button" ref={cancel} data-testid="cancel-clear" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
