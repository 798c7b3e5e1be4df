// Shows a story in the page without touching the page's DOM: an overlay of boxes in a closed shadow root on a host
// appended to <html>, with pointer-events none. Not the CSS Custom Highlight API: its registry (CSS.highlights) is
// the page's own, so the page could read which story the user picked, learn the extension is in use from its name,
// and delete it (issue 16). The host's name is random and says nothing; what it draws is out of the page's reach.
import type { BlockSpan } from '@shared/page';
import type { Piece, RawBlock } from '../extract/walk';

/** Overlays for very long stories stop here: enough to see the story, cheap to draw. */
const MAX_OVERLAY_RECTS = 400;

/** A custom-element name no page can guess or tie to us: "h-" and 8 random hex digits. */
function hostName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `h-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Maps a block offset to a DOM point: the text node and raw offset (whitespace collapsed as in extraction). */
export function pointAt(src: RawBlock, offset: number): { node: Text; offset: number } | null {
  const pieces = src.pieces;
  if (!pieces.length) return null;
  let piece: Piece = pieces[0];
  for (const p of pieces) if (p.start <= offset) piece = p; else break;
  const data = piece.node.data;
  let want = Math.max(0, offset - piece.start);
  let i = piece.rawStart;
  // Each block character is one raw character, or a whole run of white space (collapsed to one space).
  for (; i < data.length && want > 0; want--) if (/\s/.test(data[i++])) while (i < data.length && /\s/.test(data[i])) i++;
  return { node: piece.node, offset: Math.min(i, data.length) };
}

export function rangeFor(doc: Document, sources: readonly RawBlock[], span: BlockSpan): Range | null {
  const a = sources[span.from.block];
  const b = sources[Math.min(span.to.block, sources.length - 1)];
  if (!a || !b) return null;
  const start = pointAt(a, span.from.offset);
  const end = pointAt(b, span.to.offset);
  if (!start || !end) return null;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

export interface Highlighter {
  /** One name for the session's host, random per page. */
  readonly hostTag: string;
  show(range: Range): void;
  clear(): void;
}

/** Draws one range at a time; a closure rather than a class, which minifies to less (the content script's budget). */
export function highlighter(doc: Document): Highlighter {
  const view = doc.defaultView;
  const hostTag = hostName();
  let host: HTMLElement | null = null;
  let onResize: (() => void) | null = null;
  const clear = () => {
    if (onResize) view?.removeEventListener('resize', onResize);
    onResize = null;
    host?.remove();
    host = null;
  };
  const overlay = (range: Range) => {
    const h = doc.createElement(hostTag);
    h.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
    const root = h.attachShadow({ mode: 'closed' });
    const draw = () => {
      root.replaceChildren();
      const sx = view?.scrollX ?? 0;
      const sy = view?.scrollY ?? 0;
      const rects = Array.from(range.getClientRects()).slice(0, MAX_OVERLAY_RECTS);
      for (const r of rects) {
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${r.left + sx}px;top:${r.top + sy}px;width:${r.width}px;height:${r.height}px;background:rgba(255,214,0,.45);pointer-events:none;`;
        root.appendChild(box);
      }
    };
    draw();
    doc.documentElement.appendChild(h);
    host = h;
    onResize = draw;
    view?.addEventListener('resize', draw);
  };
  return {
    hostTag,
    show(range) {
      clear();
      range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      overlay(range);
    },
    clear,
  };
}
