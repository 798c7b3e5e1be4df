// The saved-story record and its export format: pure data, validation and ids.
// No browser API here, so the worker, the popup and Node tests all share it.
import type { Flag, FlagName } from '@core/types';

/** What the popup asks the worker to save. */
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
  /** `hash(normalised text + url)`: the same story saved twice has the same id. */
  id: string;
  /** ms since the epoch. */
  savedAt: number;
}

/** The schema version of one stored story record (`story:<id>` in storage.local). */
export const STORY_SCHEMA_VERSION = 2;
/** The version written into JSON exports. */
export const EXPORT_FORMAT = 'storysplit-library';
export const EXPORT_VERSION = 2;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  stories: Array<Omit<SavedStory, 'savedAt'> & { savedAt: string }>;
}

const FLAG_NAMES: readonly FlagName[] = ['cut_mid_sentence', 'starts_mid_sentence', 'likely_teaser'];
/** A title longer than this is not a title; cut it rather than reject the story. */
const MAX_TITLE_CHARS = 500;
/** The range of a JS Date (±100,000,000 days from 1970): a time outside it makes toISOString throw. */
export const MAX_TIME_MS = 8.64e15;

/** A time in ms a Date can hold, or null. */
export function validTime(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME_MS ? v : null;
}

/** Line ends as one: a bare \r (old Mac files) would otherwise end a line in Markdown and start structure there. */
const lineEnds = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function isFlagName(v: unknown): v is FlagName {
  return typeof v === 'string' && (FLAG_NAMES as readonly string[]).includes(v);
}

/** Keeps the flags we know, drops the rest: an unknown flag from a newer version is not a reason to lose a story. */
export function sanitizeFlags(v: unknown): Flag[] {
  if (!Array.isArray(v)) return [];
  const out: Flag[] = [];
  for (const f of v) {
    if (isFlagName(f)) out.push({ name: f, reason: '' });
    else if (isObj(f) && isFlagName(f.name)) {
      const flag: Flag = { name: f.name, reason: str(f.reason) ?? '' };
      // Reason code and its words (newer records); older records have neither and show their reason.
      const code = str(f.code);
      if (code && /^[a-z0-9_]{1,64}$/.test(code)) {
        flag.code = code;
        flag.params = Array.isArray(f.params) ? f.params.filter((p): p is string => typeof p === 'string').slice(0, 9) : [];
      }
      out.push(flag);
    }
  }
  return out;
}

/** Checks and normalises a story to save. Null when it lacks text or a string url. */
export function toStoryToSave(v: unknown): StoryToSave | null {
  if (!isObj(v)) return null;
  const text = str(v.clean_text);
  const url = str(v.url);
  if (text === null || text.trim() === '' || url === null) return null;
  const title = (str(v.title) ?? '').replace(/\s+/g, ' ').slice(0, MAX_TITLE_CHARS);
  return {
    title,
    clean_text: lineEnds(text),
    flags: sanitizeFlags(v.flags),
    kicker: strOrNull(v.kicker),
    deck: strOrNull(v.deck),
    url,
    site: str(v.site) ?? siteOf(url),
    pageTitle: str(v.pageTitle) ?? '',
  };
}

/**
 * Checks a stored v2 record, field by field. Null when it lacks what a story is (text, url, id); a save date out of
 * range is repaired to 0 ("unknown"), never a reason to lose the story or, thrown later by toISOString, the whole tab.
 */
export function toSavedStory(v: unknown): SavedStory | null {
  if (!isObj(v)) return null;
  const base = toStoryToSave(v);
  const id = str(v.id);
  if (!base || !id) return null;
  return { ...base, id, savedAt: validTime(v.savedAt) ?? 0 };
}

/** An ISO date for a save time, or '' for one a Date can't hold (records from before validation). */
export function isoDate(ms: number): string {
  const t = validTime(ms);
  return t === null ? '' : new Date(t).toISOString();
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Text as compared for duplicates: Unicode-normalised, whitespace collapsed, case folded. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The page address as compared for duplicates: no fragment. */
export function normaliseUrl(url: string): string {
  const hash = url.indexOf('#');
  return (hash < 0 ? url : url.slice(0, hash)).trim();
}

/** 16 hex digits of SHA-256(normalised url + NUL + normalised text). */
export async function storyId(story: Pick<StoryToSave, 'clean_text' | 'url'>): Promise<string> {
  const data = new TextEncoder().encode(`${normaliseUrl(story.url)}\u0000${normaliseText(story.clean_text)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function toExport(stories: SavedStory[], now = new Date()): LibraryExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    stories: stories.map((s) => ({ ...s, savedAt: isoDate(s.savedAt) })),
  };
}

export type ParsedImport = { ok: true; stories: Array<StoryToSave & { savedAt?: number }>; invalid: number } | { ok: false; error: string };

/** Reads our JSON export (or a bare array of stories). Invalid entries are counted, not fatal. */
export function parseImport(json: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const list = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.stories) ? data.stories : null;
  if (!list) return { ok: false, error: 'not-export' };
  const stories: Array<StoryToSave & { savedAt?: number }> = [];
  let invalid = 0;
  for (const item of list) {
    const s = toStoryToSave(item);
    if (!s) {
      invalid++;
      continue;
    }
    const at = isObj(item) ? toTime(item.savedAt) : undefined;
    stories.push(at === undefined ? s : { ...s, savedAt: at });
  }
  return { ok: true, stories, invalid };
}

function toTime(v: unknown): number | undefined {
  return validTime(typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN) ?? undefined;
}
