// Pathological pages: caps on text, deep nesting and huge node counts must not hang or overflow the stack.
import { describe, expect, it } from 'vitest';
import { extractFrom, linkedomDoc, texts } from './helpers';

describe('limits', () => {
  it('walks 5,000-deep nesting without recursion', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Deep text at the bottom of the page.</p>${'</div>'.repeat(5000)}</body></html>`;
    const r = extractFrom(linkedomDoc(html));
    expect(texts(r)).toEqual(['Deep text at the bottom of the page.']);
  });

  it('handles 100k nodes', () => {
    const items = Array.from({ length: 25_000 }, (_, i) => `<p>Para ${i} <b>bold</b> text.</p>`).join('');
    const r = extractFrom(linkedomDoc(`<html><body><main>${items}</main></body></html>`));
    expect(r.extraction.blocks.length).toBe(25_000);
  });

  it('stops at the character cap and reports what it left out', () => {
    const items = Array.from({ length: 200 }, (_, i) => `<p>Paragraph number ${i} of a very long page with many words.</p>`).join('');
    const r = extractFrom(linkedomDoc(`<html><body><main>${items}</main></body></html>`), { maxChars: 1000 });
    const kept = texts(r).join('').length;
    expect(kept).toBeLessThan(1200);
    expect(r.extraction.omittedChars).toBeGreaterThan(8000);
  });

  it('stops at the node budget', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `<p>Paragraph ${i} is here.</p>`).join('');
    const r = extractFrom(linkedomDoc(`<html><body><main>${items}</main></body></html>`), { maxNodes: 500 });
    expect(r.extraction.blocks.length).toBeLessThan(300);
    expect(r.extraction.omittedChars).toBeGreaterThan(0);
  });

  it('cuts a huge single text node at the cap instead of reading it whole', () => {
    const big = 'A sentence of a story that goes on and on. '.repeat(100_000); // ~4.3 MB in one text node
    const r = extractFrom(linkedomDoc(`<html><body><main><p>${big}</p></main></body></html>`), { maxChars: 50_000 });
    const kept = texts(r).join('').length;
    expect(kept).toBeLessThanOrEqual(50_000);
    expect(kept).toBeGreaterThan(0);
    expect(r.extraction.omittedChars).toBeGreaterThan(4_000_000);
  });
});
