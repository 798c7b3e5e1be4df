// The saved library: search, select, export, import, delete with undo, clear all, size used.
import { useMemo, useState } from 'preact/hooks';
import { formatBytes, matchesQuery } from '../format';
import { t } from '../i18n';
import type { LibraryState, PopupActions } from '../state';
import { ClearConfirm } from './ClearConfirm';
import { ErrorState } from './ErrorState';
import { SavedItem } from './SavedItem';
import { SavedToolbar } from './SavedToolbar';
import { UndoBar } from './UndoBar';

export interface SavedTabProps {
  library: LibraryState;
  undo: { count: number } | null;
  actions: Pick<PopupActions, 'refreshLibrary' | 'copySaved' | 'deleteSaved' | 'undoDelete' | 'exportSaved' | 'importSaved' | 'clearSaved'>;
}

export function SavedTab({ library, undo, actions }: SavedTabProps) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const stories = library.status === 'ready' ? library.view.stories : [];
  const shown = useMemo(() => stories.filter((s) => matchesQuery(s, query)), [stories, query]);
  // Selection only counts stories that still exist.
  const selected = stories.filter((s) => picked.has(s.id)).map((s) => s.id);

  if (library.status === 'loading') return <p class="state muted" role="status">{t('loadingSaved')}</p>;
  if (library.status === 'error') return <ErrorState kind="error" message={library.message} onRetry={actions.refreshLibrary} />;
  const { view } = library;
  const toggle = (id: string) => setPicked((p) => (p.has(id) ? new Set([...p].filter((x) => x !== id)) : new Set([...p, id])));

  return (
    <div class="saved-tab">
      <input
        type="search"
        class="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        data-testid="saved-search"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {undo && <UndoBar count={undo.count} onUndo={actions.undoDelete} />}
      <SavedToolbar
        total={stories.length}
        selectedCount={selected.length}
        onExport={(format) => actions.exportSaved(format, selected.length ? selected : null)}
        onImport={actions.importSaved}
        onClear={() => setConfirming(true)}
      />
      {confirming && (
        <ClearConfirm
          count={stories.length}
          onConfirm={() => {
            setConfirming(false);
            setPicked(new Set());
            actions.clearSaved();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      {stories.length === 0 ? (
        <p class="state muted" data-testid="saved-empty">{t('savedEmpty')}</p>
      ) : shown.length === 0 ? (
        <p class="state muted" data-testid="saved-no-match">{t('searchNoMatch')}</p>
      ) : (
        <ul class="saved-list" data-testid="saved-list" aria-label={t('savedListLabel')}>
          {shown.map((s) => (
            <SavedItem key={s.id} story={s} selected={picked.has(s.id)} onToggle={toggle} onCopy={actions.copySaved} onDelete={(id) => actions.deleteSaved([id])} />
          ))}
        </ul>
      )}
      {query && stories.length > 0 && <p class="muted" data-testid="search-count">{t('searchCount', shown.length, stories.length)}</p>}
      <p class="usage muted" data-testid="storage-usage">
        {t(view.bytesEstimated ? 'usageEstimated' : 'usage', formatBytes(view.bytesUsed), formatBytes(view.quotaBytes))}
      </p>
      {view.quarantined > 0 && (
        <p class="note" role="note" data-testid="quarantined-note">
          {t('quarantined', view.quarantined)}
        </p>
      )}
    </div>
  );
}
