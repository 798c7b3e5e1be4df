// Export (all, or the selection) as Markdown or JSON; import a JSON export; clear all.
import { useRef } from 'preact/hooks';
import type { ExportFormat } from '../export';
import { t } from '../i18n';

export interface SavedToolbarProps {
  total: number;
  selectedCount: number;
  onExport(format: ExportFormat): void;
  onImport(json: string): void;
  onClear(): void;
}

export function SavedToolbar({ total, selectedCount, onExport, onImport, onClear }: SavedToolbarProps) {
  const file = useRef<HTMLInputElement>(null);
  const scope = selectedCount > 0 ? t('exportSelected', selectedCount) : t('exportAll');
  const onFile = async () => {
    const f = file.current?.files?.[0];
    if (!f) return;
    // A file that can't be read reaches the import as text that isn't an export, which says so.
    onImport(await f.text().catch(() => ''));
    if (file.current) file.current.value = '';
  };
  return (
    <div class="toolbar saved-toolbar" role="group" aria-label={t('libraryActions')}>
      <span class="scope" data-testid="export-scope">
        {scope}
      </span>
      <button type="button" data-testid="export-markdown" disabled={total === 0} aria-label={`${scope} ${t('exportMarkdown')}`} onClick={() => onExport('markdown')}>
        {t('exportMarkdown')}
      </button>
      <button type="button" data-testid="export-json" disabled={total === 0} aria-label={`${scope} ${t('exportJson')}`} onClick={() => onExport('json')}>
        {t('exportJson')}
      </button>
      <button type="button" data-testid="import-button" onClick={() => file.current?.click()}>
        {t('import')}
      </button>
      <input ref={file} type="file" accept="application/json,.json" class="sr-only" tabIndex={-1} aria-hidden="true" data-testid="import-file" onChange={onFile} />
      <button type="button" class="danger" data-testid="clear-all" disabled={total === 0} onClick={onClear}>
        {t('clearAll')}
      </button>
    </div>
  );
}
