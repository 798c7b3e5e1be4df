// What the popup shows and what it can do: the one shape passed from useExtension down to the components.
import type { Analysis } from '@shared/messages';
import type { StoryView } from '@shared/page';
import type { SavedStory } from '@shared/saved';
import type { LibraryView } from '@shared/storage';
import type { ExportFormat } from './export';

export interface Progress {
  done: number;
  total: number;
}

export type AnalysisState =
  | { status: 'loading'; progress: Progress | null }
  | { status: 'ready'; analysis: Analysis }
  | { status: 'restricted'; url?: string; message: string }
  | { status: 'error'; kind: 'no-tab' | 'error'; message: string };

export type LibraryState = { status: 'loading' } | { status: 'ready'; view: LibraryView } | { status: 'error'; message: string };

export interface Notice {
  id: number;
  text: string;
  kind: 'ok' | 'error';
}

export interface PopupState {
  analysis: AnalysisState;
  library: LibraryState;
  /** Indexes (into analysis.stories) of the stories already in the library. */
  savedIndexes: ReadonlySet<number>;
  /** Stories just deleted, kept for Undo. */
  undo: { count: number } | null;
  notice: Notice | null;
  /** Opt-in auto-detection (null while loading). */
  autoDetect: boolean | null;
  /** The tab to open first: the Saved tab when the popup was opened with `?view=saved`. */
  initialTab: 'stories' | 'saved';
}

export interface PopupActions {
  retry(): void;
  copyStory(story: StoryView): void;
  copyAll(): void;
  saveStories(indexes: number[]): void;
  showInPage(story: StoryView): void;
  refreshLibrary(): void;
  copySaved(story: SavedStory): void;
  deleteSaved(ids: string[]): void;
  undoDelete(): void;
  exportSaved(format: ExportFormat, ids: string[] | null): void;
  importSaved(json: string): void;
  clearSaved(): void;
  /** Turns auto-detection on (asking for the all-sites permission in this click) or off. */
  setAutoDetect(on: boolean): void;
}
