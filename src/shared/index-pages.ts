// Links to a site's index pages (a section front, a column's archive, a forum's index) rather than to a story:
// a card whose link goes there is a promo or a service box ("Vows Column Archive", "Find a Doctor", "… Text
// Version", "IN THE FORUMS"), not a teaser. Read from the address alone, so any site and language.

/**
 * A file named "index", with "index" as its first word, or one word then "index" ("index.html", "index-specials.html",
 * "harbour-index.html", "vows-index-99.html"): a server's index page. "consumer-price-index.html" is a story about an
 * index. Only a file with its extension: a bare "…/index" is many a site's name for a story's or a series' own page.
 */
const INDEX_FILE = /^(?:index(?:[-_][^/.]*)?|[^/._-]+[-_]index(?:[-_]\d+)?)\.[a-z]{2,5}$/i;

/** A folder named like a story, two words or more ("…/ferry-fares-rise/index.html", CNN's "…/russia.putin/index.html"):
 * a site that keeps each story in a folder of its own, whose page is its folder's index. Sections are mostly one word. */
const STORY_FOLDER = /^[^/\s._-]+(?:[-_.][^/\s._-]+)+$/;

/** Does the link go to an index page rather than a story? A query ("index.php?id=123") picks a story out of it. */
export function isIndexPage(url: string | undefined): boolean {
  if (!url || /[?]./.test(url)) return false;
  const path = url.replace(/#.*$/s, '').split('/');
  return INDEX_FILE.test(path.at(-1)!) && !STORY_FOLDER.test(path.at(-2) ?? '');
}

/**
 * A link that may be a section's front ("…/technology/text/index.html", "…/politik/", "…/?page=2"): the looser test for
 * a short line, which such a link makes a menu's even between two lines of a headline list. (isIndexPage, which drops
 * a whole card, must not catch a story kept in a folder, "…/ferry-fares-rise/".)
 */
export const isSectionLink = (url: string | undefined): boolean => SECTION_LINK.test(url ?? '');
const SECTION_LINK = /\/(?:index\.\w+)?(?:[?#].*)?$/i;

/** A topic's or tag's page ("…/thema/Nahost", "…/topics/climate", "…/tag/ferries/"): the site's list of stories on a
 * subject, in the words sites use for it (de, en, fr, es, it, pt, nl). */
const TOPIC_PATH = /\/(?:thema|themen|themes?|topics?|tags?|schlagworte?|stichworte?|sujets?|temas?|temi|argomenti|assuntos?|etiquetas?|onderwerpen?)\/[^/?#]+\/?(?:[?#].*)?$/i;

/** Does the link go to a topic's page: a headline-only card linking there is a "more" button ("Alle Artikel zu diesem
 * Thema", "More on this topic"), not a story. */
export const isTopicPage = (url: string | undefined): boolean => TOPIC_PATH.test(url ?? '');
