// What is not story text: elements skipped outright while walking, containers judged by their content
// after the walk, and short blocks whose text gives them away (cookie notices, share bars, comment counts).
import type { Region } from '@core/types';
import { tagSet } from './tags';
import { CALL_TO_ACTION, COMMENT_COUNT, COOKIE_CONTEXT, COOKIE_WORDS, LABEL_ONLY, LEGAL_LINE, SHARE_WORDS, SOCIAL_NETWORKS } from './boilerplate-words';
import { attr } from './tree';

/** Class or id tokens of chrome that never holds a story. A hyphen bounds a token, so "site-footer" needs no entry of
 * its own ("footer" matches it); only the run-together spelling ("sitefooter") does. */
const SKIP_TOKENS = /(?:^|[^a-z])(?:cookies?|consent|gdpr|cmp|onetrust|share(?:bar|tools)?|sharing|socials?|comments?|disqus|replies|discussion|newsletter|subscri(?:be|ption)|signup|advert\w*|ad(?:s|-?slot|-?container)|dfp|sponsor\w*|outbrain|taboola|skip-?link)(?:$|[^a-z])/i;
/** Tokens of layout chrome (menus, modals, headers): skipped unless the name also says content. */
const CHROME_TOKENS = /(?:^|[^a-z])(?:breadcrumbs?|pag(?:ination|er)|modal|popup|overlay|toolbar|tag(?:s|-?list)|keywords|sitefooter|site-?header|masthead|nav|navigation|subnav|navbar|menu|mega(?:menu|nav)|footer|copyright|print-?only|author-?bio|login|paywall)(?:$|[^a-z])/i;
/** A row of buttons, a settings panel or an error screen (a player's "Video not available", a gallery's): controls,
 * unless it holds a story's own elements ("section--with-buttons" around cards, a 404 page's text). ("banner" is none:
 * a "hero-banner" holds the lead story: only a box named "banner" alone is the site's top bar.) */
const CONTROL_TOKENS = /(?:^|[^a-z])(?:buttons|settings|error)(?:$|[^a-z])|(?:^|\s)banner(?:$|\s)/i;
const STORY_ELEMENTS = 'h1,h2,h3,h4,h5,h6,p,article';
/** …a paragraph of words among them: a player's settings panel sets its caption sample "Aa" as one. (Words by spaces,
 * or a run of a script written without them: Chinese, Japanese, Thai.) */
const storyElement = (e: Element) => e.localName !== 'p' || /\S\s+\S|[\u0e00-\u0eff\u3040-\u9fff]{4}/.test(e.textContent!.trim());
/** Readability's "ok maybe" words: a container named like this may well hold the story. */
const CONTENT_WORDS = /article|body|column|content|main|story|post|entry|text|canvas/i;
/** Class or id tokens of containers that may hold either teasers (kept) or link lists (dropped). */
const GROUP_TOKENS = /(?:^|[^a-z])(?:related|rec(?:ommend|irc)\w*|popular|most-?(?:read|viewed|popular|shared|commented)|trending|more-?(?:stories|news)|read-?more|also-?read|side-?bar|rail|widget|promo\w*|teaser-?list|latest-?news)(?:$|[^a-z])/i;
const SKIP_ROLES = tagSet('navigation menu menubar search dialog alertdialog toolbar contentinfo tablist banner tooltip slider');

/** Elements never judged by their class or id: the page's frame, its story, a link. */
const UNJUDGED_TAGS = tagSet('body html main article a');

/** Menus, modals and toolbars hold little text; a "chrome" element with more is a page wrapper. Counted without
 * the source's indentation, which can outweigh the text of a deeply nested menu many times over. */
const CHROME_MAX_CHARS = 5000;
const INDENTATION = /\s{2,}/g;
/** An id of this many words is a slug made from a heading, not a name for chrome. */
const SLUG_ID_PARTS = 4;

export type ElementVerdict = 'skip' | 'group' | null;

/**
 * Element-level verdict, asked once per element on the way down. `region` is the landmark around it:
 * a footer or aside inside an article is the article's own (kept); outside it is the site's (skipped).
 * `cls` is the class attribute the walk already read; `bare` says the element has no attributes at all.
 */
export function elementVerdict(el: Element, tag: string, region: Region, cls: string | null, bare = false): ElementVerdict {
  if (tag === 'nav') return 'skip';
  if ((tag === 'footer' || tag === 'aside') && region !== 'article') return 'skip';
  if (bare) return null; // no attributes: nothing more to read
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(role) && !(role === 'banner' && region === 'article')) return 'skip';
  if (UNJUDGED_TAGS.has(tag)) return null;
  let id = attr(el, 'id');
  if (id && id.split(/[-_]/).length >= SLUG_ID_PARTS) id = null; // "sharing-with-a-single-developer": a heading's anchor
  const name = cls && id ? `${cls} ${id}` : cls || id;
  if (!name) return null;
  // "teaser-comment-column": a strip of opinion teasers, judged by its content like any group, not skipped.
  if (SKIP_TOKENS.test(name)) return /teaser/i.test(name) ? 'group' : 'skip';
  if (CHROME_TOKENS.test(name)) {
    // A "nav" or "modal" holding much of the page is a wrapper named for a feature flag: an ordinary container.
    const text = el.textContent ?? '';
    if (text.length > CHROME_MAX_CHARS && text.replace(INDENTATION, ' ').length > CHROME_MAX_CHARS) return null;
    return CONTENT_WORDS.test(name) ? 'group' : 'skip';
  }
  if (CONTROL_TOKENS.test(name) && ![...el.querySelectorAll(STORY_ELEMENTS)].some(storyElement)) return 'skip';
  if (GROUP_TOKENS.test(name)) return 'group';
  return null;
}

/** The longest share or label line that is still chrome, in words. */
const SHORT_CHROME_WORDS = 14;
/** Cookie notices run longer than labels: a few sentences at most. */
const COOKIE_NOTICE_MAX_WORDS = 80;

/** A figure, maybe with a unit of a reading: a temperature or a change in per cent ("‎27°C", "+0,5%"). */
const FIGURE = /^[+\-−±]?\d[\d.,:]*(°[CF]?|%)?$/u;

/** A widget's readout, not a line of text: half its words or more are figures, two at least with a unit ("Sa 17°C
 * Heute 12°C", "27 °C High 16 °C Low"): weather boxes and tickers, in any language. One reading is a line of a story
 * ("Turnout 67%", "CDU 31.2% +2.1", "Inflation 2.4%"). */
function isReadout(t: string): boolean {
  const words = t.replace(/\p{Cf}/gu, '').replace(/(\d)\s+(°[CF]?|%)/gu, '$1$2').split(/\s+/);
  const figures = words.map((w) => FIGURE.exec(w)).filter(Boolean);
  return figures.filter((m) => m![1]).length >= 2 && 2 * figures.length >= words.length;
}

/** Text-level verdict for one block: true when the block is boilerplate whatever its markup. */
export function isBoilerplateText(text: string, words: number): boolean {
  if (words <= COOKIE_NOTICE_MAX_WORDS && COOKIE_WORDS.test(text) && COOKIE_CONTEXT.test(text)) return true;
  if (words > SHORT_CHROME_WORDS) return false;
  const t = text.trim();
  if (LABEL_ONLY.test(t) || CALL_TO_ACTION.test(t) || COMMENT_COUNT.test(t) || LEGAL_LINE.test(t) || isReadout(t)) return true;
  return SHARE_WORDS.test(t) && (SOCIAL_NETWORKS.test(t) || words <= 4);
}
