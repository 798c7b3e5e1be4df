import { describe, expect, it } from 'vitest';
import { isIndexPage } from '../../../src/shared/index-pages';

describe('links to an index page, not a story', () => {
  it('are files named "index" or with "index" as one of their words', () => {
    for (const u of ['/pages/harbour/index.html', 'https://news.example.org/features/boat-show-index.html', '/library/index-specials.html', '/web/20010304/http://www.example.com/columns/vows-index-99.html#top', 'index.htm?x=1']) expect(isIndexPage(u), u).toBe(true);
  });

  it('are not a story\'s page, a bare "…/index" slug, or a word that only holds "index"', () => {
    for (const u of ['/2001/03/04/harbour/04DOCK.html', 'https://www.example.de/politik/2026-02/wahl-ergebnis', 'https://www.example.de/serie/klima/index', '/economy/price-index-rises.html', '/reindexing.html', '/2024/05/12/ferry-fares-rise-again/index.html', undefined, '']) expect(isIndexPage(u), String(u)).toBe(false);
  });
});
