import { describe, expect, it } from 'vitest';
import { checkImport, exportFile } from '../../../src/popup/export';
import { escapeMarkdown, link, storiesToMarkdown } from '../../../src/popup/markdown';
import { parseImport } from '../../../src/shared/saved';
import { analysis, saved, story } from './fixtures';

describe('Markdown escaping', () => {
  it('escapes markup so page text stays text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not ordered\n> not a quote')).toBe('\\# not a heading\n\\- not a list\n1\\. not ordered\n\\> not a quote');
    expect(escapeMarkdown('*bold* _it_ [link](javascript:alert(1)) `code` a|b ~x~ !x &amp;')).toBe('\\*bold\\* \\_it\\_ \\[link\\](javascript:alert(1)) \\`code\\` a\\|b \\~x\\~ \\!x \\&amp;');
    expect(escapeMarkdown('Price rose 3.5% - a lot.')).toBe('Price rose 3.5% - a lot.');
  });

  it('links only http(s) addresses, percent-encoding brackets', () => {
    expect(link('Page', 'https://a.example/x_(y)')).toBe('[Page](https://a.example/x_%28y%29)');
    expect(link('Page', 'javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(link('[evil](x)', 'https://a.example/')).toBe('[\\[evil\\](x)](https://a.example/)');
  });
});

describe('Copy all', () => {
  it('gives the page title, address and each story with kicker, deck, flags and body', () => {
    const md = storiesToMarkdown([story(1, { kicker: 'World', deck: 'Deck one', flags: [{ name: 'cut_mid_sentence', reason: 'no full stop' }] }), story(2)], analysis([]).page);
    expect(md).toBe(
      [
        '# Today’s news', '', '[https://news.example/today](https://news.example/today)', '', '---', '',
        '*World*', '', '## Headline 1', '', '_Deck one_', '', '> Cut off mid-sentence — no full stop', '',
        'First paragraph of story 1.', '', 'Second paragraph of story 1.', '', '---', '',
        '## Headline 2', '', 'First paragraph of story 2.', '', 'Second paragraph of story 2.', '',
      ].join('\n'),
    );
  });
});

describe('Export files', () => {
  const now = new Date('2026-02-03T04:05:06.000Z');

  it('JSON holds url, title, flags and the saved date, and imports back whole', () => {
    const stories = [saved(2, { flags: [{ name: 'likely_teaser', reason: 'short' }] }), saved(1)];
    const f = exportFile(stories, 'json', now);
    expect(f.name).toBe('storysplit-2026-02-03.json');
    expect(f.mime).toBe('application/json');
    const data = JSON.parse(f.text);
    expect(data).toMatchObject({ format: 'storysplit-library', version: 2, exportedAt: '2026-02-03T04:05:06.000Z' });
    expect(data.stories[0]).toMatchObject({ url: 'https://site2.example/article', title: 'Saved story 2', flags: [{ name: 'likely_teaser', reason: 'short' }], savedAt: '2026-01-03T12:00:00.000Z' });
    const back = parseImport(f.text);
    expect(back.ok && back.stories.map((s) => [s.title, s.savedAt])).toEqual([['Saved story 2', stories[0].savedAt], ['Saved story 1', stories[1].savedAt]]);
  });

  it('Markdown holds title, source link, saved date, flags and escaped text', () => {
    const f = exportFile([saved(1, { title: '<script>x</script>', flags: [{ name: 'starts_mid_sentence', reason: 'lower-case start' }] })], 'markdown', now);
    expect(f.name).toBe('storysplit-2026-02-03.md');
    expect(f.text).toContain('## \\<script\\>x\\</script\\>');
    expect(f.text).toContain('- Source: [Page 1](https://site1.example/article)');
    expect(f.text).toContain('- Saved: 2026-01-02T12:00:00.000Z');
    expect(f.text).toContain('> Starts mid-sentence — lower-case start');
    expect(f.text).not.toMatch(/<script>/);
  });
});

describe('Import parsing', () => {
  it('accepts an export or a bare array, counts invalid entries, rejects other files', () => {
    expect(checkImport(JSON.stringify({ stories: [saved(1), { nope: 1 }] }))).toEqual({ ok: true, count: 1 });
    expect(checkImport(JSON.stringify([saved(1), saved(2)]))).toEqual({ ok: true, count: 2 });
    expect(checkImport('<html>')).toEqual({ ok: false, error: 'not-json' });
    expect(checkImport('{"title":"x"}')).toEqual({ ok: false, error: 'not-export' });
    const p = parseImport(JSON.stringify({ stories: [saved(1, { flags: ['likely_teaser', { name: 'bogus' }] as never }), { clean_text: 'x' }] }));
    expect(p.ok && p.stories[0].flags).toEqual([{ name: 'likely_teaser', reason: '' }]);
    expect(p.ok && p.invalid).toBe(1);
  });
});
