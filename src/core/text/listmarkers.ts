// Numbered and lettered list items run into one line ("1. The first item 2. The second item").
// A marker counts only when its neighbour in the sequence exists, so "No. 10" or "Die 3. Liga" are left alone.
import type { LangData } from './lang/anatomy/index';
import { isSpaceCode } from './chars';

const BULLETS = new Set(['•', '▪', '‣', '⁃', '◦', '●', '■']);
export const isBullet = (c: string) => BULLETS.has(c);

/** A list marker: optional bullet, a number of one or two digits or one small letter, then ".)", ")" or ".". */
const MARKER = /(^|\s)([•▪‣⁃◦●■]?)(\d{1,2}|[a-z])(\.\)|\)|\.)(?=\s)/g;

interface Marker {
  start: number;
  period: number;
  value: number;
  style: string;
}

export interface ListMarkers {
  /** Offsets where a list item starts: a sentence starts there. */
  starts: ReadonlySet<number>;
  /** Offsets of full stops that belong to a marker, not to a sentence end. */
  periods: ReadonlySet<number>;
}

const isMarkerBody = (x: number) => (x >= 48 && x <= 57) || (x >= 97 && x <= 122);

/** True when some "." or ")" before a space closes one or two digits or one small letter standing alone (a possible
 * marker). Read by character code: a regex match per full stop cost a match array each. */
function mayHoldMarker(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 46 && c !== 41) || !isSpaceCode(text.charCodeAt(i + 1))) continue;
    let p = i;
    if (c === 41 && text.charCodeAt(p - 1) === 46) p--;
    let q = p;
    while (q > 0 && p - q < 2 && isMarkerBody(text.charCodeAt(q - 1))) q--;
    if (q === p) continue;
    if (q > 0 && isBullet(text[q - 1])) q--;
    if (q === 0 || isSpaceCode(text.charCodeAt(q - 1))) return true;
  }
  return false;
}

const NO_MARKERS: ListMarkers = { starts: new Set(), periods: new Set() };

export function findListMarkers(text: string, d: LangData): ListMarkers {
  // Most texts hold no marker at all: one cheap look, and nothing is allocated.
  if (!mayHoldMarker(text)) return NO_MARKERS;
  MARKER.lastIndex = 0;
  const starts = new Set<number>();
  const periods = new Set<number>();
  const byStyle = new Map<string, Marker[]>();
  for (const m of text.matchAll(MARKER)) {
    const start = (m.index ?? 0) + m[1].length;
    // An ordinal after an article or preposition ("in die 2. Liga") is no list item.
    const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
    if (before && d.dangling.has(before)) continue;
    const raw = m[3];
    const value = /\d/.test(raw) ? Number(raw) : raw.charCodeAt(0) - 96;
    const style = `${/\d/.test(raw) ? 'n' : 'a'}${m[4]}`;
    const marker = { start: start + m[2].length, period: m[4].startsWith('.') ? start + m[2].length + raw.length : -1, value, style };
    const list = byStyle.get(style) ?? [];
    list.push(marker);
    byStyle.set(style, list);
  }
  for (const list of byStyle.values()) {
    for (let i = 1; i < list.length; i++) {
      if (list[i].value !== list[i - 1].value + 1) continue;
      for (const mk of [list[i - 1], list[i]]) {
        starts.add(mk.start);
        if (mk.period >= 0) periods.add(mk.period);
      }
    }
  }
  // A bullet glued to its marker ("⁃10.") starts the item at the bullet.
  for (const s of [...starts]) if (s > 0 && isBullet(text[s - 1])) starts.add(s - 1);
  return { starts, periods };
}
