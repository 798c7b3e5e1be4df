// The one place that decides what a page is: one main article (kept whole), or a list of teasers (each
// teaser its own story). Every other module asks; none decides on its own.
import { markArticle, markMainArticle, type ArticleDoc } from './article';
import type { Detection } from './detect';
import type { RawBlock } from './walk';

export type PageKind = 'article' | 'listing';

/**
 * Marks the page's main article when it has one (its blocks get `article`), else the content root as one
 * article body when it reads like one. Returns what the page is.
 */
export function decidePageKind(blocks: RawBlock[], doc: ArticleDoc, det: Detection): PageKind {
  if (markMainArticle(blocks, doc)) return 'article';
  markArticle(blocks, det);
  return 'listing';
}
