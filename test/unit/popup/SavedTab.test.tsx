// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SavedTab } from '../../../src/popup/components/SavedTab';
import type { LibraryState } from '../../../src/popup/state';
import { actions, saved, view } from './fixtures';

afterEach(cleanup);

const ready = (stories = [saved(3), saved(2), saved(1)], over = {}): LibraryState => ({ status: 'ready', view: view(stories, over) });
const show = (library: LibraryState, undo: { count: number } | null = null) => {
  const act = actions();
  const r = render(<SavedTab library={library} undo={undo} actions={act} />);
  return { act, r };
};
const titles = () => screen.queryAllByTestId('saved-title').map((el) => el.textContent);

describe('Saved tab: the list', () => {
  it('lists stories in the order given (newest first) with title, source link, site, date and flags', () => {
    show(ready([saved(3, { flags: [{ name: 'cut_mid_sentence', reason: 'no full stop' }], kicker: 'Sport' }), saved(2), saved(1)]));
    expect(titles()).toEqual(['Saved story 3', 'Saved story 2', 'Saved story 1']);
    const item = screen.getAllByTestId('saved-item')[0];
    const first = within(item);
    const link = first.getByTestId('saved-source') as HTMLAnchorElement;
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('https://site3.example/article');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toBe('Page 3');
    expect(first.getByText(/site3\.example/)).toBeTruthy();
    expect(first.getByText('Sport')).toBeTruthy();
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-04T12:00:00.000Z');
    expect(first.getByTestId('flag-badge').firstChild?.textContent).toBe('Cut off mid-sentence');
  });

  it('lists a record whose date was out of range (repaired to 0) with no date, and no throw (issue 16)', () => {
    show(ready([saved(2), saved(1, { savedAt: 0 }), saved(3, { savedAt: 9e15 })]));
    expect(titles()).toEqual(['Saved story 2', 'Saved story 1', 'Saved story 3']);
    const times = screen.getAllByTestId('saved-item').map((i) => i.querySelector('time'));
    expect(times[1]?.textContent).toBe('—');
    expect(times[2]?.getAttribute('datetime')).toBe('');
  });

  it('never links a javascript: source', () => {
    show(ready([saved(1, { url: 'javascript:alert(1)', pageTitle: '<b>x</b>' })]));
    const src = screen.getByTestId('saved-source');
    expect(src.tagName).toBe('SPAN');
    expect(src.textContent).toBe('<b>x</b>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('shows the size used, estimated or exact, and quarantined records', () => {
    show(ready(undefined, { bytesUsed: 2048, bytesEstimated: true, quarantined: 2 }));
    expect(screen.getByTestId('storage-usage').textContent).toBe('Using about 2.0 KB of 10.0 MB');
    expect(screen.getByTestId('quarantined-note').textContent).toContain('2 damaged');
  });

  it('loading, error with retry, and empty', () => {
    show({ status: 'loading' });
    expect(screen.getByRole('status').textContent).toContain('Loading saved');
    cleanup();
    const { act } = show({ status: 'error', message: 'boom' });
    fireEvent.click(screen.getByTestId('retry'));
    expect(act.refreshLibrary).toHaveBeenCalled();
    cleanup();
    show(ready([]));
    expect(screen.getByTestId('saved-empty')).toBeTruthy();
    expect((screen.getByTestId('export-json') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Saved tab: search', () => {
  it('filters by every word, ignoring case and accents, and says when nothing matches', () => {
    show(ready([saved(3), saved(2), saved(1, { title: 'Café Résumé' })]));
    const box = screen.getByTestId('saved-search');
    expect(box.getAttribute('aria-label')).toBe('Search saved stories');
    fireEvent.input(box, { target: { value: 'ELECTIONS' } });
    expect(titles()).toEqual(['Saved story 3', 'Café Résumé']);
    fireEvent.input(box, { target: { value: 'cafe resume' } });
    expect(titles()).toEqual(['Café Résumé']);
    expect(screen.getByTestId('search-count').textContent).toBe('1 of 3 shown');
    fireEvent.input(box, { target: { value: 'football site2' } });
    expect(titles()).toEqual(['Saved story 2']);
    fireEvent.input(box, { target: { value: 'nothing like this' } });
    expect(screen.getByTestId('saved-no-match')).toBeTruthy();
  });
});

describe('Saved tab: copy, delete and undo', () => {
  it('copies and deletes by id; Undo calls back', () => {
    const { act } = show(ready(), { count: 1 });
    fireEvent.click(screen.getAllByTestId('copy-saved')[1]);
    expect(act.copySaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'id2' }));
    fireEvent.click(screen.getAllByTestId('delete-saved')[0]);
    expect(act.deleteSaved).toHaveBeenCalledWith(['id3']);
    expect(screen.getByTestId('undo-bar').textContent).toContain('Deleted 1 story.');
    fireEvent.click(screen.getByTestId('undo-delete'));
    expect(act.undoDelete).toHaveBeenCalled();
  });
});

describe('Saved tab: export, import, clear', () => {
  it('exports everything, or only the selection', () => {
    const { act } = show(ready());
    expect(screen.getByTestId('export-scope').textContent).toBe('Export all:');
    fireEvent.click(screen.getByTestId('export-markdown'));
    expect(act.exportSaved).toHaveBeenLastCalledWith('markdown', null);
    const boxes = screen.getAllByTestId('saved-select');
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[2]);
    expect(screen.getByTestId('export-scope').textContent).toBe('Export 2 selected:');
    fireEvent.click(screen.getByTestId('export-json'));
    expect(act.exportSaved).toHaveBeenLastCalledWith('json', ['id3', 'id1']);
    expect(screen.getByTestId('export-json').getAttribute('aria-label')).toBe('Export 2 selected: JSON');
  });

  it('imports the chosen file', async () => {
    const { act } = show(ready());
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const file = new File(['{"stories":[]}'], 'lib.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(act.importSaved).toHaveBeenCalledWith('{"stories":[]}'));
  });

  it('clear all asks first; Cancel and Escape keep everything', () => {
    const { act } = show(ready());
    fireEvent.click(screen.getByTestId('clear-all'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete all 3 saved stories?');
    expect(document.activeElement).toBe(screen.getByTestId('cancel-clear'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByTestId('clear-all'));
    fireEvent.click(screen.getByTestId('cancel-clear'));
    expect(act.clearSaved).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('clear-all'));
    fireEvent.click(screen.getByTestId('confirm-clear'));
    expect(act.clearSaved).toHaveBeenCalledTimes(1);
  });
});
