// Shows a story in the page without touching the page's DOM: the CSS Custom Highlight API where present,
// else an overlay of boxes in a closed shadow root on a host appended to <html>, with pointer-events none.
import type { BlockSpan } from '@shared/page';
import type { Piece, RawBlock } from '../extract/walk';

const HIGHLIGHT_NAME = 'storysplit-story';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:rgba(255,214,0,.45);color:inherit}`;
/** Overlays for very long stories stop here: enough to see the story, cheap to draw. */
const MAX_OVERLAY_RECTS = 400;

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** Maps a block offset to a DOM point: the text node and raw offset (whitespace collapsed as in extraction). */
export function pointAt(src: RawBlock, offset: number): { node: Text; offset: number } | null {
  const pieces = src.pieces;
  if (!pieces.length) return null;
  let piece: Piece = pieces[0];
  for (const p of pieces) if (p.start <= offset) piece = p; else break;
  const data = piece.node.data;
  let want = Math.max(0, offset - piece.start);
  let i = piece.rawStart;
  while (i < data.length && want > 0) {
    const ws = /\s/.test(data[i]);
    i++;
    if (ws) while (i < data.length && /\s/.test(data[i])) i++;
    want--;
  }
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

export class Highlighter {
  private host: HTMLElement | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private sheet: CSSStyleSheet | null = null;
  private onScroll: (() => void) | null = null;

  constructor(private readonly doc: Document) {}

  show(range: Range): void {
    this.clear();
    const win = this.doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
    const first = range.startContainer.parentElement;
    first?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    const registry = win?.CSS?.highlights;
    if (registry && win?.Highlight) {
      registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
      this.addStyle(win);
      return;
    }
    this.overlay(range);
  }

  /** The ::highlight colour, as a constructed sheet (no node in the page) where the browser allows it. */
  private addStyle(win: Window): void {
    try {
      const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      this.styleEl = this.doc.createElement('style');
      this.styleEl.textContent = HIGHLIGHT_CSS;
      this.doc.documentElement.appendChild(this.styleEl);
    }
  }

  private overlay(range: Range): void {
    const host = this.doc.createElement('storysplit-highlight');
    host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
    const root = host.attachShadow({ mode: 'closed' });
    const draw = () => {
      while (root.firstChild) root.firstChild.remove();
      const sx = this.doc.defaultView?.scrollX ?? 0;
      const sy = this.doc.defaultView?.scrollY ?? 0;
      const rects = Array.from(range.getClientRects()).slice(0, MAX_OVERLAY_RECTS);
      for (const r of rects) {
        const box = this.doc.createElement('div');
        box.style.cssText = `position:absolute;left:${r.left + sx}px;top:${r.top + sy}px;width:${r.width}px;height:${r.height}px;background:rgba(255,214,0,.45);pointer-events:none;`;
        root.appendChild(box);
      }
    };
    draw();
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.onScroll = draw;
    this.doc.defaultView?.addEventListener('resize', draw);
  }

  clear(): void {
    const win = this.doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null;
    win?.CSS?.highlights?.delete(HIGHLIGHT_NAME);
    if (this.sheet) {
      const sheet = this.sheet;
      try { this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet); } catch { /* page replaced its sheets */ }
      this.sheet = null;
    }
    this.styleEl?.remove();
    this.styleEl = null;
    if (this.onScroll) this.doc.defaultView?.removeEventListener('resize', this.onScroll);
    this.onScroll = null;
    this.host?.remove();
    this.host = null;
  }
}
