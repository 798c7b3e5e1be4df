// Small pure helpers for what the popup shows: first lines, sizes, dates, search.
import { isoDate, type SavedStory } from '@shared/saved';
import { t } from './i18n';

/** A first line longer than this is cut with an ellipsis; the card has two lines for it. */
const FIRST_LINE_CHARS = 160;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The first line of the body that the card does not already show: clean_text often starts with the
 * headline, kicker or deck, which sit above it on the card.
 */
export function firstLine(text: string, shown: Array<string | null> = []): string {
  const seen = shown.filter((s): s is string => !!s).map(squash);
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => !seen.some((s) => s === squash(l) || s.startsWith(squash(l)))) ?? lines[0] ?? '';
  return line.length > FIRST_LINE_CHARS ? `${line.slice(0, FIRST_LINE_CHARS).trimEnd()}…` : line;
}

export function formatBytes(n: number): string {
  if (n < 1024) return t('bytesB', n);
  if (n < 1024 * 1024) return t('bytesKB', (n / 1024).toFixed(n < 10 * 1024 ? 1 : 0));
  return t('bytesMB', (n / (1024 * 1024)).toFixed(1));
}

export function formatDate(ms: number, locale?: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    // A locale the browser lacks, or a time no Date can hold: never the throw again (it blanked the Saved tab).
    return isoDate(ms);
  }
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of the query must appear in the title, text, site or page title. */
export function matchesQuery(story: SavedStory, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(`${story.title}\n${story.kicker ?? ''}\n${story.deck ?? ''}\n${story.site}\n${story.pageTitle}\n${story.clean_text}`);
  return words.every((w) => hay.includes(w));
}

/** Only http(s) addresses become links; anything else (javascript:, data:) stays text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
