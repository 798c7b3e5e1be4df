import { describe, expect, it } from 'vitest';
import { firstLine, formatBytes, matchesQuery, safeHref } from '../../../src/popup/format';
import { saved } from './fixtures';

describe('format', () => {
  it('firstLine skips lines the card already shows (headline, kicker, deck) and cuts long lines', () => {
    expect(firstLine('Bridge approved\n\nThe council voted.', ['Bridge approved'])).toBe('The council voted.');
    expect(firstLine('Bridge approved\nThe council voted.', ['Bridge approved The council voted on'])).toBe('The council voted.');
    expect(firstLine('Only line', ['Only line'])).toBe('Only line');
    expect(firstLine('x'.repeat(300))).toHaveLength(161);
  });

  it('formatBytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.0 MB');
  });

  it('matchesQuery needs every word, anywhere', () => {
    expect(matchesQuery(saved(1), 'ELECTIONS site1')).toBe(true);
    expect(matchesQuery(saved(1), 'elections football')).toBe(false);
    expect(matchesQuery(saved(1), '   ')).toBe(true);
  });

  it('safeHref allows only http(s)', () => {
    expect(safeHref('https://a.example/')).toBe('https://a.example/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});
