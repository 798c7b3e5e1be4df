import { plural, t } from '../i18n';

export function UndoBar({ count, onUndo }: { count: number; onUndo(): void }) {
  return (
    <div class="undo" data-testid="undo-bar">
      <span>{plural(count, 'deletedOne', 'deletedMany')}</span>
      <button type="button" class="primary" data-testid="undo-delete" onClick={onUndo}>
        {t('undo')}
      </button>
    </div>
  );
}
