// The linear markup pass before linkedom (issue 16) and the raw JSONL id: table tests, small inputs.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, prepareHtml } from '../../../src/cli/markup';
import { rawId } from '../../../src/cli/raw-id';
import { decodeBytes, looksBinary } from '../../../src/cli/encoding';

describe('prepareHtml', () => {
  it.each([
    ['closes inline tags a new <p> implies', '<p><b><i>one<p>two', '</i></b></p><p>two'],
    ['closes an open <li> at the next', '<ul><li>a<li>b</ul>', '<li>a</li><li>b'],
    ['keeps a nested list apart', '<ul><li>a<ul><li>b</ul><li>c</ul>', '<ul><li>b</ul></li><li>c'],
    ['leaves text in a script alone', '<script>if (a<b) x = "<p>";</script><p>t', '<script>if (a<b) x = "<p>";</script><p>t'],
    ['gives a fragment a page', '<p>One</p><p>Two</p>', '<!doctype html><html><head></head><body><p>One</p><p>Two</p>'],
  ])('%s', (_name, html, expected) => {
    expect(prepareHtml(html).html).toContain(expected);
  });

  it('flattens nesting past the depth browsers allow, keeping the text', () => {
    const p = prepareHtml('<div>'.repeat(MAX_DEPTH + 100) + 'deep' + '</div>'.repeat(MAX_DEPTH + 100));
    expect(p.flattened).toBe(100);
    expect(p.html.match(/<div>/g)).toHaveLength(MAX_DEPTH);
    expect(p.html.match(/<\/div>/g)).toHaveLength(MAX_DEPTH);
    expect(p.html).toContain('deep');
  });

  it('shortens a giant attribute', () => {
    const p = prepareHtml(`<p class="${'c '.repeat(100_000)}" id=x>text</p>`);
    expect(p.html.length).toBeLessThan(3000);
    expect(p.html).toContain('id="x"');
    expect(p.html).toContain('text</p>');
  });

  it('says when the markup held no tag', () => {
    expect(prepareHtml('just text, a < b').plainText).toBe(true);
    expect(prepareHtml('<p>x</p>').plainText).toBe(false);
  });
});

describe('rawId', () => {
  it.each([
    ['{"id": 12345678901234567890, "text": "x"}', '12345678901234567890'],
    ['{"text": "a \\"id\\": 5", "id": "q"}', '"q"'],
    ['{"nested": {"id": 1}, "id": 2}', '2'],
    ['{"id": 1.50}', '1.50'],
    ['{"id": 1, "id": 2}', '2'],
    ['{"text": "no id"}', null],
    // Escapes before and inside strings: each backslash escapes one character, a quote included (found by indexOf).
    ['{"text": "a\\\\", "id": "b\\"c"}', '"b\\"c"'],
    ['{"text": "\\n\\n\\"\\\\\\"", "id": 3}', '3'],
    ['{"id": "open \\"', null],
    ['[1, 2]', null],
  ])('%s → %s', (line, id) => {
    expect(rawId(line)).toBe(id);
  });
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from('Café'), 'utf-8', 'Café'],
    ['UTF-8 with a BOM', Buffer.from('\ufeffCafé'), 'utf-8', 'Café'],
    ['Latin-1', Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'windows-1252', 'Café'],
    ['Windows-1252 quotes', Buffer.from([0x93, 0x68, 0x69, 0x94]), 'windows-1252', '“hi”'],
  ])('%s', (_name, bytes, encoding, text) => {
    const d = decodeBytes(bytes);
    expect([d.encoding, d.text]).toEqual([encoding, text]);
    expect(!!d.note).toBe(encoding === 'windows-1252');
  });

  it('reads a declared charset in a page', () => {
    const d = decodeBytes(Buffer.from([...Buffer.from('<meta charset="iso-8859-1"><p>Caf'), 0xe9]), { html: true });
    expect(d.text.endsWith('Café')).toBe(true);
    expect(d.note).toBeUndefined();
  });

  it('tells binary from text', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(true);
    expect(looksBinary(Buffer.from('plain text\nwith lines\ttabs'))).toBe(false);
  });
});

describe('segmentHtml on markup that never closes a tag', () => {
  it('reads "<a<a<a…" with no ">" in linear time (the tag test rescanned to the end from each "<")', async () => {
    const { segmentHtml } = await import('../../../src/cli/page');
    const t0 = performance.now();
    const r = segmentHtml('<a'.repeat(200_000) + ' The end.');
    expect(performance.now() - t0).toBeLessThan(15_000); // was about a minute
    expect(r.stories).toBeDefined();
  }, 60_000);
});
