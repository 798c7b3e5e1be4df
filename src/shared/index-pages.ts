// Links to a site's index pages (a section front, a column's archive, a forum's index) rather than to a story:
// a card whose link goes there is a promo or a service box ("Vows Column Archive", "Find a Doctor", "… Text
// Version", "IN THE FORUMS"), not a teaser. Read from the address alone, so any site and language.

/**
 * A file named "index", or with "index" as its first or last word ("index.html", "index-specials.html",
 * "holiday-films-index.html", "vows-index-99.html"): a server's index page; "price-index-rises.html" is a story's.
 * Only a file with its extension: a bare "…/index" is many a site's name for a story's or a series' own page.
 */
const INDEX_FILE = /^(?:index(?:[-_][^/.]*)?|[^/]*[-_]index(?:[-_]\d+)?)\.[a-z]{2,5}$/i;

/** A folder named like a story, four words or more ("…/ferry-fares-rise-again/index.html"): a site that keeps each
 * story in a folder of its own, whose page is its folder's index. */
const STORY_FOLDER = /^(?:[^/\s_-]+[-_]){3,}[^/\s_-]+$/;

/** Does the link go to an index page rather than a story? */
export function isIndexPage(url: string | undefined): boolean {
  if (!url) return false;
  const path = url.replace(/[?#].*$/s, '').split('/');
  return INDEX_FILE.test(path.at(-1)!) && !STORY_FOLDER.test(path.at(-2) ?? '');
}
