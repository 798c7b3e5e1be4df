// All storage goes through here: typed, versioned items with a fallback, validated when they load.
// Each saved story lives under its OWN key (`story:<id>`), so two popups saving at once never
// read-modify-write the same key, and the same story saved twice lands on the same key.
// Anything that fails validation is moved to `quarantine:<key>` and counted, never silently dropped.
import { browser } from './browser';
import {
  STORY_SCHEMA_VERSION, parseImport, siteOf, storyId, toSavedStory, toStoryToSave,
  type SavedStory, type StoryToSave,
} from './saved';

export type { SavedStory, StoryToSave } from './saved';

export type LibraryError = 'quota' | 'forbidden' | 'invalid' | 'unknown';

export interface SaveReport {
  saved: number;
  duplicates: number;
  /** Ids of the stories asked for, saved or already there. */
  ids: string[];
  error?: LibraryError;
  /** The browser's own words, for the log. */
  message?: string;
}

export interface ImportReport {
  added: number;
  skipped: number;
  invalid: number;
  error?: LibraryError | 'not-json' | 'not-export';
  message?: string;
}

export interface LibraryView {
  stories: SavedStory[];
  bytesUsed: number;
  /** True when the browser has no getBytesInUse and bytesUsed is our estimate. */
  bytesEstimated: boolean;
  quotaBytes: number;
  /** Records found corrupt and moved aside (this load and earlier ones). */
  quarantined: number;
}

export const STORY_PREFIX = 'story:';
export const QUARANTINE_PREFIX = 'quarantine:';
/** Schema v1 kept every story in one array under this key. v2 splits it into one key per story. */
export const V1_LIBRARY_KEY = 'savedStories';
/** storage.local without the unlimitedStorage permission. */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;

/** The subset of StorageArea we use, so tests can pass a fake. */
export interface KV {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse?(keys?: null | string | string[]): Promise<number>;
  QUOTA_BYTES?: number;
}

const area = (name: 'local' | 'session'): KV => browser.storage[name] as unknown as KV;

// ---------- versioned items ----------

export interface Versioned {
  v: number;
  data: unknown;
}

export interface ItemOptions<T> {
  fallback: T;
  version: number;
  /** Returns the value when valid, else null. */
  validate: (data: unknown) => T | null;
  /** migrations[n] turns version-n data into version n+1. */
  migrations?: Record<number, (data: unknown) => unknown>;
}

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

/** Validates a stored envelope, migrating old versions step by step. */
export function decodeVersioned<T>(raw: unknown, opts: Pick<ItemOptions<T>, 'version' | 'validate' | 'migrations'>): Decoded<T> {
  let env = raw;
  if (typeof env === 'string') {
    try {
      env = JSON.parse(env);
    } catch {
      return { ok: false, reason: 'not valid JSON' };
    }
  }
  if (typeof env !== 'object' || env === null || typeof (env as Versioned).v !== 'number' || !('data' in env)) {
    return { ok: false, reason: 'not a versioned record' };
  }
  let { v, data } = env as Versioned;
  if (v > opts.version) return { ok: false, reason: `schema v${v} is newer than this version (v${opts.version})` };
  const migrated = v < opts.version;
  while (v < opts.version) {
    const step = opts.migrations?.[v];
    if (!step) return { ok: false, reason: `no migration from schema v${v}` };
    try {
      data = step(data);
    } catch (e) {
      return { ok: false, reason: `migration from v${v} failed: ${String(e)}` };
    }
    v++;
  }
  const value = opts.validate(data);
  return value === null ? { ok: false, reason: 'failed validation' } : { ok: true, value, migrated };
}

export interface Item<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

/** A typed item under one key. Corrupt values are quarantined and the fallback returned. */
export function storageItem<T>(areaName: 'local' | 'session', key: string, opts: ItemOptions<T>): Item<T> {
  return {
    async get() {
      const kv = area(areaName);
      const raw = (await kv.get(key))[key];
      if (raw === undefined) return opts.fallback;
      const d = decodeVersioned(raw, opts);
      if (!d.ok) {
        await quarantine(kv, { [key]: { raw, reason: d.reason } });
        return opts.fallback;
      }
      if (d.migrated) await kv.set({ [key]: { v: opts.version, data: d.value } });
      return d.value;
    },
    set: (value) => area(areaName).set({ [key]: { v: opts.version, data: value } }),
    remove: () => area(areaName).remove(key),
  };
}

/** For per-tab results in storage.session (src/background/cache.ts). */
export function sessionItem<T>(key: string, opts: ItemOptions<T>): Item<T> {
  return storageItem('session', key, opts);
}

/** Keeps the newest `keep` keys under `prefix` in session storage (keys sort by time) and removes the rest. */
export async function pruneSession(prefix: string, keep: number): Promise<void> {
  const kv = area('session');
  const keys = Object.keys(await kv.get(null)).filter((k) => k.startsWith(prefix)).sort();
  if (keys.length > keep) await kv.remove(keys.slice(0, keys.length - keep));
}

/** Copies records to quarantine without removing them: the caller writes over them. */
async function quarantineCopies(kv: KV, bad: Record<string, { raw: unknown; reason: string }>): Promise<void> {
  const at = Date.now();
  const moved: Record<string, unknown> = {};
  for (const k of Object.keys(bad)) moved[QUARANTINE_PREFIX + k] = { ...bad[k], at };
  await kv.set(moved);
}

/** Removes the session keys under `prefix` but `keep`: room for the analysis the user is looking at now. */
export async function removeSessionKeys(prefix: string, keep: string): Promise<number> {
  const kv = area('session');
  const keys = Object.keys(await kv.get(null)).filter((k) => k.startsWith(prefix) && k !== keep);
  if (keys.length) await kv.remove(keys);
  return keys.length;
}

async function quarantine(kv: KV, bad: Record<string, { raw: unknown; reason: string }>): Promise<void> {
  const keys = Object.keys(bad);
  if (keys.length === 0) return;
  await quarantineCopies(kv, bad); // write the copy first: a crash in between leaves both, never neither
  await kv.remove(keys);
  console.warn(`Storysplit: quarantined ${keys.length} corrupt record(s):`, keys);
}

// ---------- the library ----------

const storyOpts: Pick<ItemOptions<SavedStory>, 'version' | 'validate'> = { version: STORY_SCHEMA_VERSION, validate: toSavedStory };
const record = (s: SavedStory): Versioned => ({ v: STORY_SCHEMA_VERSION, data: s });
const keyOf = (id: string) => STORY_PREFIX + id;

/** v1 → v2: the one array under `savedStories` becomes one key per story. Safe to rerun: ids are content hashes. */
export async function migrateLibrary(kv: KV = area('local')): Promise<{ migrated: number; quarantined: number }> {
  const raw = (await kv.get(V1_LIBRARY_KEY))[V1_LIBRARY_KEY];
  if (raw === undefined) return { migrated: 0, quarantined: 0 };
  const list = typeof raw === 'object' && raw !== null && Array.isArray((raw as { stories?: unknown }).stories) ? (raw as { stories: unknown[] }).stories : null;
  if (!list) {
    await quarantine(kv, { [V1_LIBRARY_KEY]: { raw, reason: 'v1 library is not { stories: [] }' } });
    return { migrated: 0, quarantined: 1 };
  }
  const next: Record<string, Versioned> = {};
  const bad: Record<string, { raw: unknown; reason: string }> = {};
  for (let i = 0; i < list.length; i++) {
    const s = fromV1(list[i]);
    if (!s) bad[`${V1_LIBRARY_KEY}[${i}]`] = { raw: list[i], reason: 'invalid v1 story' };
    else {
      const id = await storyId(s);
      next[keyOf(id)] = record({ ...s, id });
    }
  }
  const existing = await kv.get(Object.keys(next));
  for (const k of Object.keys(existing)) delete next[k];
  await kv.set(next);
  await quarantine(kv, bad); // its keys name array slots, not stored keys: the remove in there is a no-op
  await kv.remove(V1_LIBRARY_KEY); // only after every story has its own key
  return { migrated: Object.keys(next).length, quarantined: Object.keys(bad).length };
}

/** A v1 story: { title, text, url, savedAt: ISO string, flags: FlagName[] }. */
function fromV1(v: unknown): Omit<SavedStory, 'id'> | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const base = toStoryToSave({ ...o, clean_text: o.text, site: typeof o.url === 'string' ? siteOf(o.url) : '' });
  const savedAt = typeof o.savedAt === 'string' ? Date.parse(o.savedAt) : NaN;
  return base ? { ...base, savedAt: Number.isFinite(savedAt) ? savedAt : 0 } : null;
}

function isQuotaError(e: unknown): boolean {
  const s = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /quota/i.test(s);
}

function failure(e: unknown): { error: LibraryError; message: string } {
  return { error: isQuotaError(e) ? 'quota' : 'unknown', message: e instanceof Error ? e.message : String(e) };
}

/** Writes the stories whose id is not stored yet. One set() call: a full quota writes nothing and keeps what was there. */
async function writeNew(kv: KV, stories: SavedStory[]): Promise<{ written: number; duplicates: number }> {
  const byKey = new Map<string, SavedStory>();
  for (const s of stories) if (!byKey.has(keyOf(s.id))) byKey.set(keyOf(s.id), s);
  const existing = await kv.get([...byKey.keys()]);
  const items: Record<string, Versioned> = {};
  const bad: Record<string, { raw: unknown; reason: string }> = {};
  for (const [k, s] of byKey) {
    if (!(k in existing)) { items[k] = record(s); continue; }
    // A corrupt record under the key is no copy of the story: set it aside and write the story (it was reported
    // as a duplicate, and then not listed).
    const d = decodeVersioned(existing[k], storyOpts);
    if (!d.ok) { bad[k] = { raw: existing[k], reason: d.reason }; items[k] = record(s); }
  }
  if (Object.keys(bad).length) await quarantineCopies(kv, bad);
  if (Object.keys(items).length) await kv.set(items);
  return { written: Object.keys(items).length, duplicates: stories.length - Object.keys(items).length };
}

export async function saveStories(input: unknown[], now = Date.now()): Promise<SaveReport> {
  const kv = area('local');
  const valid = input.map(toStoryToSave).filter((s): s is StoryToSave => s !== null);
  if (valid.length === 0) return { saved: 0, duplicates: 0, ids: [], error: 'invalid' };
  try {
    await migrateLibrary(kv);
    // The first story of a batch gets the latest time, so "newest first" keeps page order.
    const stories = await Promise.all(valid.map(async (s, i) => ({ ...s, id: await storyId(s), savedAt: now - i })));
    const { written, duplicates } = await writeNew(kv, stories);
    return { saved: written, duplicates, ids: stories.map((s) => s.id) };
  } catch (e) {
    return { saved: 0, duplicates: 0, ids: [], ...failure(e) };
  }
}

/** Puts deleted stories back (undo), with their old save dates. */
export async function restoreStories(input: unknown[]): Promise<SaveReport> {
  const kv = area('local');
  try {
    const valid = input.map(toSavedStory).filter((s): s is SavedStory => s !== null);
    const stories = await Promise.all(valid.map(async (s) => ({ ...s, id: await storyId(s) })));
    const { written, duplicates } = await writeNew(kv, stories);
    return { saved: written, duplicates, ids: stories.map((s) => s.id) };
  } catch (e) {
    return { saved: 0, duplicates: 0, ids: [], ...failure(e) };
  }
}

export async function importLibrary(json: string, now = Date.now()): Promise<ImportReport> {
  const parsed = parseImport(json);
  if (!parsed.ok) return { added: 0, skipped: 0, invalid: 0, error: parsed.error as ImportReport['error'] };
  try {
    await migrateLibrary();
    const stories = await Promise.all(parsed.stories.map(async (s, i) => ({ ...toStoryToSave(s)!, id: await storyId(s), savedAt: s.savedAt ?? now - i })));
    const { written, duplicates } = await writeNew(area('local'), stories);
    return { added: written, skipped: duplicates, invalid: parsed.invalid };
  } catch (e) {
    return { added: 0, skipped: 0, invalid: parsed.invalid, ...failure(e) };
  }
}

export async function listLibrary(): Promise<LibraryView> {
  const kv = area('local');
  await migrateLibrary(kv);
  const all = await kv.get(null);
  const stories: SavedStory[] = [];
  const bad: Record<string, { raw: unknown; reason: string }> = {};
  let quarantined = 0;
  for (const [k, raw] of Object.entries(all)) {
    if (k.startsWith(QUARANTINE_PREFIX)) quarantined++;
    if (!k.startsWith(STORY_PREFIX)) continue;
    const d = decodeVersioned(raw, storyOpts);
    if (d.ok) stories.push(d.value);
    else bad[k] = { raw, reason: d.reason };
  }
  await quarantine(kv, bad);
  stories.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
  const bytes = await bytesInUse(kv, Object.keys(bad).length ? null : all);
  return { stories, ...bytes, quotaBytes: kv.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES, quarantined: quarantined + Object.keys(bad).length };
}

export async function deleteStories(ids: string[]): Promise<SavedStory[]> {
  const kv = area('local');
  const keys = ids.map(keyOf);
  const found = await kv.get(keys);
  const deleted: SavedStory[] = [];
  for (const raw of Object.values(found)) {
    const d = decodeVersioned(raw, storyOpts);
    if (d.ok) deleted.push(d.value);
  }
  await kv.remove(keys);
  return deleted;
}

export async function clearLibrary(): Promise<number> {
  const kv = area('local');
  const keys = Object.keys(await kv.get(null)).filter((k) => k.startsWith(STORY_PREFIX));
  if (keys.length) await kv.remove(keys);
  return keys.length;
}

/** Bytes in storage.local: the browser's count when it has one, else the size of the JSON. */
export async function bytesInUse(kv: KV = area('local'), snapshot: Record<string, unknown> | null = null): Promise<{ bytesUsed: number; bytesEstimated: boolean }> {
  if (typeof kv.getBytesInUse === 'function') {
    try {
      return { bytesUsed: await kv.getBytesInUse(null), bytesEstimated: false };
    } catch {
      // Firefox has no getBytesInUse on storage.local in some versions: estimate below.
    }
  }
  const all = snapshot ?? (await kv.get(null));
  let n = 0;
  for (const [k, v] of Object.entries(all)) n += utf8Length(k) + utf8Length(JSON.stringify(v) ?? '');
  return { bytesUsed: n, bytesEstimated: true };
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

// ---------- settings ----------

export interface Settings {
  /** Count the stories on every page as it loads and show the count on the toolbar badge. Off by default. */
  autoDetect: boolean;
}

const SETTINGS_VERSION = 1;

function toSettings(d: unknown): Settings | null {
  const o = d as Partial<Settings> | null;
  return o && typeof o === 'object' && typeof o.autoDetect === 'boolean' ? { autoDetect: o.autoDetect } : null;
}

export const settingsItem: Item<Settings> = storageItem<Settings>('local', 'settings', { fallback: { autoDetect: false }, version: SETTINGS_VERSION, validate: toSettings });
