// Shadow roots, selections and highlighting need DOM APIs linkedom lacks: these run on happy-dom.
import { describe, expect, it } from 'vitest';
import { highlighter, rangeFor } from '../../../src/content/highlight';
import { selectedRange } from '../../../src/content/selection';
import { extractFrom, fixture, happyDoc, texts } from '../extract/helpers';

describe('open shadow roots', () => {
  it('are read where the DOM supports them', () => {
    const doc = happyDoc('<html><body><main><p>Light text before the widget, long enough to count.</p><div id="host"></div></main></body></html>');
    const host = doc.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'Text that lives inside an open shadow root.';
    root.appendChild(p);
    expect(texts(extractFrom(doc))).toContain('Text that lives inside an open shadow root.');
  });
});

describe('selection-only extraction', () => {
  it('reads only the selected text and says so', () => {
    const doc = happyDoc(fixture('listing.html'));
    const summaries = doc.querySelectorAll('p.summary');
    const range = doc.createRange();
    range.setStart(summaries[1].firstChild!, 0);
    range.setEnd(summaries[2].firstChild!, 20);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    const sel = selectedRange(doc);
    expect(sel).not.toBeNull();
    const r = extractFrom(doc, { range: sel });
    expect(r.extraction.fromSelection).toBe(true);
    const t = texts(r);
    expect(t[0]).toMatch(/^Ferry fares across the bay/);
    expect(t.join(' ')).not.toContain('Library');
    expect(t[t.length - 1]).toBe('Volunteers planted t');
  });

  it('ignores a collapsed selection', () => {
    const doc = happyDoc(fixture('listing.html'));
    const range = doc.createRange();
    range.setStart(doc.querySelector('p')!.firstChild!, 3);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    expect(selectedRange(doc)).toBeNull();
  });
});

describe('highlighting a story', () => {
  it('maps a block span back to a DOM range over the same text', () => {
    const doc = happyDoc('<html><body><main><p>First   paragraph\n of the story.</p><p>Second <b>paragraph</b> here.</p></main></body></html>');
    const r = extractFrom(doc);
    expect(texts(r)).toEqual(['First paragraph of the story.', 'Second paragraph here.']);
    const range = rangeFor(doc, r.sources, { from: { block: 0, offset: 6 }, to: { block: 1, offset: 16 } })!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('paragraph of the story.Second paragraph');
  });

  it('draws an overlay in a closed shadow host with a random name, never in the page\'s highlight registry, and clears it', () => {
    const doc = happyDoc('<html><body><p id="x">Some story text to highlight.</p></body></html>');
    const before = doc.body.innerHTML;
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('x')!);
    const h = highlighter(doc);
    h.show(range);
    expect(h.hostTag).toMatch(/^h-[0-9a-f]{8}$/);
    const host = doc.documentElement.querySelector(h.hostTag) as HTMLElement | null;
    expect(host).not.toBeNull();
    expect(host!.style.pointerEvents).toBe('none');
    expect(host!.shadowRoot).toBeNull(); // closed: the page can't read what it draws
    const registry = (doc.defaultView as unknown as { CSS?: { highlights?: { size: number } } }).CSS?.highlights;
    expect(registry?.size ?? 0).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
    h.clear();
    expect(doc.documentElement.querySelector(h.hostTag)).toBeNull();
    expect(highlighter(doc).hostTag).not.toBe(h.hostTag);
  });
});
