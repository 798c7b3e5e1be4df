// Headline lists a page sets as rows of links, with no heading of their own ("MORE SPORTS NEWS" on an old front):
// a run of headline-length links to the page's own stories is a list; one to other sites or marked by a campaign
// is a promo.
import { listNameShape } from '@shared/card-sizes';
import { isListLine, isShortListLine } from '@shared/headline-lists';
import type { Card } from './teaser-fields';
import type { Teaser } from './teasers';
import { levelOf, type RawBlock } from './walk';

/** Headline links in a row, this many at least, make a headline list with no heading of their own ("MORE SPORTS NEWS")… */
const LINK_LIST_MIN = 5;
/** …when they follow each other with this many blocks between at most: none, so a heading between two rows
 * (heise's "IT", then "Wissenschaft") keeps them two lists named by their headings… */
const LINK_LIST_GAP = 0;

/** A marketing campaign's parameter: links carrying one are promotions (vouchers, a shop, a job market). */
const CAMPAIGN = /[?&#](?:utm_|mtm_|pk_campaign|campid|wt_mc|wt_zmc)/i;

/** The registrable part of a host, roughly: its last two labels, or three under a country's second level ("bbc.co.uk"). */
function siteOf(host: string): string {
  const parts = host.toLowerCase().split('.');
  const n = parts.length >= 3 && parts[parts.length - 1].length === 2 && parts[parts.length - 2].length <= 3 ? 3 : 2;
  return parts.slice(-n).join('.');
}

const hostOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.host : null;
  } catch {
    return null;
  }
};

/** The page's own site: its address's, or (a saved page has none) the one most of its cards link to. */
function ownSiteOf(cards: readonly { card: Card }[], base: string): string | null {
  const baseHost = hostOf(base);
  if (baseHost) return siteOf(baseHost);
  const votes = new Map<string, number>();
  for (const { card } of cards) {
    const host = card.fields.url ? hostOf(card.fields.url) : null;
    if (!host) continue;
    const site = siteOf(host);
    votes.set(site, (votes.get(site) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [site, n] of votes) if (!best || n > votes.get(best)!) best = site;
  return best;
}

/** …and link to the page's own site, with no campaign: a row of links elsewhere (a job market's site, partner ads) or
 * marked by a campaign (vouchers, a shop) is a promo. A relative link is the page's own. */
function onOwnSite(url: string | undefined, own: string | null): boolean {
  if (!url || CAMPAIGN.test(url)) return false;
  const host = hostOf(url);
  return host ? own !== null && siteOf(host) === own : !/^[a-z][a-z\d+.-]*:/i.test(url);
}


/** For each card, the number (from 1) of its run of headline-only list lines to the page's own site, or 0: a
 * headline list, not a menu or a promo. */
export function linkListCards(cards: readonly { t: Teaser; card: Card }[], base: string): Int32Array {
  const out = new Int32Array(cards.length);
  const own = ownSiteOf(cards, base);
  const line = (k: number) => isListLine(cards[k].card.fields) && onOwnSite(cards[k].card.fields.url, own);
  let runs = 0;
  for (let k = 0; k < cards.length;) {
    let j = k;
    // A short line between two lines goes on the run ("Serbian Official Charged"); one after the last may be a button.
    const goesOn = (i: number) => line(i) || (i > k && i + 1 < cards.length && isShortListLine(cards[i].card.fields) && onOwnSite(cards[i].card.fields.url, own) && line(i + 1) && cards[i + 1].t.from - cards[i].t.to <= LINK_LIST_GAP);
    while (j < cards.length && goesOn(j) && (j === k || cards[j].t.from - cards[j - 1].t.to <= LINK_LIST_GAP)) j++;
    if (j - k >= LINK_LIST_MIN) out.fill(++runs, k, j);
    k = Math.max(j, k + 1);
  }
  return out;
}

/** The name of a row of links starting at block `from`: a short line of its own right above it, not a link, a
 * sentence (an abbreviation's stop is none: "FROM A.P.") or a line of an earlier card (its byline or time; `after` is where
 * that card ends). */
export function linkListName(walked: readonly RawBlock[], from: number, after: number): string | undefined {
  const b = from - 1 >= after ? walked[from - 1] : undefined;
  const text = b?.block.text.trim() ?? '';
  return b && !b.block.isLink && text && listNameShape(text, b.words) ? text : undefined;
}

/**
 * Rows whose name was read as the last line of the card right above them: under a lone headline link (a "More
 * news" link ending the row before, itself no row), one short line (no heading, no digits) that would name the
 * row names it, and is no text of the link's card: it moves into the card's small print (dropped), and the card
 * ends above it, so that linkListName finds it right above the row. (Under a card with a kicker line above its link,
 * the line is that card's byline: "Ein Kommentar von …".)
 */
export function takeLinkListNames(walked: readonly RawBlock[], cards: readonly { t: Teaser; card: Card }[], runs: Int32Array): void {
  for (let k = 1; k < cards.length; k++) {
    const { t, card } = cards[k - 1];
    if (!runs[k] || runs[k - 1] || t.to !== cards[k].t.from || t.to - t.from !== 2 || !walked[t.head].block.isLink || levelOf(walked[t.head + 1])) continue;
    const name = linkListName(walked, t.to, t.head + 1);
    if (!name || /\d/.test(name)) continue; // a number is a time or a count ("3 Std"), no name
    card.small.push(t.head + 1);
    card.fields.headline_only = true;
    t.to--;
  }
}
