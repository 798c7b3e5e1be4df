import { describe, expect, it } from 'vitest';
import { isIndexPage } from '../../../src/shared/index-pages';

describe('links to an index page, not a story', () => {
  it('are files named "index", starting with it or one word then "index", in a section\'s folder', () => {
    for (const u of ['/pages/harbour/index.html', '/library/index-specials.html', '/forums/harbour-index.html', '/columns/vows-index-99.html', '/web/20010304/http://www.example.com/world/index.html#top', 'index.htm', '/2000/01/05/index.html']) expect(isIndexPage(u), u).toBe(true);
  });

  it('are not a story\'s page, a bare "…/index" slug, a story about an index, or a page a query picks', () => {
    for (const u of [
      '/2001/03/04/harbour/04DOCK.html', 'https://www.example.de/politik/2026-02/wahl-ergebnis', 'https://www.example.de/serie/klima/index',
      '/economy/price-index-rises.html', '/business/consumer-price-index.html', '/reindexing.html',
      '/2024/05/12/ferry-fares-rise-again/index.html', '/2000/WORLD/europe/01/05/russia.putin/index.html', '/news/article-12345/index.html',
      'https://ex.com/index.php?id=123', 'index.cfm?story=9', undefined, '',
    ]) expect(isIndexPage(u), String(u)).toBe(false);
  });
});
