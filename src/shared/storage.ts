// PLACEHOLDER types only: the popup/storage work (issue 5) fills this in with typed, versioned items.
import type { Flag } from '../core/types';

export interface StoryToSave {
  title: string;
  clean_text: string;
  flags: Flag[];
  kicker: string | null;
  deck: string | null;
  url: string;
  site: string;
  pageTitle: string;
}

export interface SavedStory extends StoryToSave {
  id: string;
  savedAt: number;
}

export interface SaveReport {
  saved: number;
  duplicates: number;
  error?: string;
}

export interface ImportReport {
  added: number;
  skipped: number;
  error?: string;
}

export interface LibraryView {
  stories: SavedStory[];
  bytesUsed: number;
  quotaBytes: number;
}
