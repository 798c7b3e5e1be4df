// Tag tables for the page walk: which elements are never text, which break the inline flow into blocks,
// which are landmarks. Plain data, shared by the browser and the Node (CLI) path.
import type { Region } from '@core/types';

/** Tag lists are written as one string: the bundle stays smaller than with array literals. */
export const tagSet = (names: string) => new Set(names.split(' '));

/** The six heading tags, in the tables below. */
const HEADINGS = 'h1 h2 h3 h4 h5 h6';
/** Landmark elements: each makes the region of its own name. */
const LANDMARKS = 'article main aside nav header footer';

/** Elements whose content is never visible prose (or is read another way, like iframes). */
export const SKIP_TAGS = tagSet('script style noscript template svg math canvas object embed video audio picture img head input select textarea button dialog map');

/** Elements that start and end a block: the inline text between them is one paragraph-like unit. */
export const BLOCK_TAGS = tagSet(`p ${HEADINGS} li dd dt dl ul ol menu blockquote pre figure figcaption caption table thead tbody tfoot tr td th div section ${LANDMARKS} address form fieldset legend details summary hr center hgroup body html iframe frame frameset search`);

/** Block roots whose element is a leaf paragraph: their container path stops at the parent. */
export const LEAF_BLOCK_TAGS = tagSet(`p ${HEADINGS} figcaption caption blockquote pre dt legend summary address`);

/** Block roots where a <br> is a line break inside the paragraph; elsewhere (div, td…) it ends the block. */
export const BR_INSIDE_TAGS = tagSet(`p li dd blockquote ${HEADINGS} figcaption address`);

const LANDMARK_TAGS = tagSet(LANDMARKS);
/** Landmark roles named otherwise than their region ("article" and "main" are their own). */
const LANDMARK_ROLES = new Map<string, Region>([['complementary', 'aside'], ['navigation', 'nav'], ['banner', 'header'], ['contentinfo', 'footer']]);

/** The region an element opens by its tag or its ARIA role, if any. */
export function landmarkOf(tag: string, role: string | null): Region | undefined {
  if (LANDMARK_TAGS.has(tag)) return tag as Region;
  return role === 'article' || role === 'main' ? role : role ? LANDMARK_ROLES.get(role) : undefined;
}

export function headingLevelOf(tag: string): number {
  return tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6' ? tag.charCodeAt(1) - 48 : 0;
}
