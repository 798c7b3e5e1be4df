// The small rules behind extraction: boilerplate text, hiding style rules, menu lines, one-article marking.
import { describe, expect, it } from 'vitest';
import { isBoilerplateText } from '../../../src/extract/boilerplate';
import { blockPriors } from '../../../src/core/text/hints';
import { readCardLines } from '../../../src/shared/card-lines';
import { parseHiddenSelectors, type HiddenSelectors } from '../../../src/extract/visibility';
import { extractFrom, fixture, linkedomDoc, texts } from './helpers';

const words = (s: string) => s.split(/\s+/).length;

describe('boilerplate text', () => {
  it.each([
    'We use cookies to improve your experience. Accept',
    'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Akzeptieren',
    'Share this article Facebook X',
    '12 comments',
    'Comments (3)',
    'Advertisement',
    '© 2026 The Example Gazette. All rights reserved.',
    // A weather box's and a stock ticker's readouts, marks and all.
    '\u200e27°C High \u200e16°C Low',
    'Sa 17°C Heute 12°C Mo 14°C Di 15°C',
    'Lun. 27 °C 16 °C',
    'DAX +0,5% MDAX -1,2%',
    // A screen reader's label for a menu: "Site navigation", "Hauptnavigation".
    'example.com navigation',
    'Hauptnavigation',
    // A prompt to click, in any language: the site's, not the story's.
    'Click here to receive live updates on the vote',
    'Hier klicken und den Newsletter abonnieren',
    'Haga clic aquí para recibir alertas',
    'Нажмите здесь, чтобы подписаться',
  ])('drops %j', (t) => expect(isBoilerplateText(t, words(t))).toBe(true));

  it.each([
    'The council said the cookie factory would close in March, with the loss of 200 jobs, after a review of its accounts.',
    'Shares in the company rose by 4% on Monday after it reported strong sales.',
    'Ferry fares to rise in May',
    'Fares rise 4% in May',
    '08:10',
    'Derby ends 2:1 after extra time',
    // One reading is a line of a story: a result, a subhead, a headline.
    'CDU 31.2%',
    'CDU 31.2% +2.1',
    'Turnout 67%',
    'Inflation 2.4%',
    '-12°C Kälterekord',
    'Yes: 52%',
    'Satellite navigation fails across the region for six hours',
    'Search and Navigation',
    // A subheading about navigation is a subheading.
    'Celestial navigation',
    'Satellitennavigation',
    // A headline about clicking is not a prompt to click.
    'Clicking here and there: how readers skim the news',
  ])('keeps %j', (t) => expect(isBoilerplateText(t, words(t))).toBe(false));
});

describe('cookie words in running text', () => {
  const body = [
    'Browsers track readers across the web, and most people never notice how much of their reading is recorded by firms they have never heard of.',
    'Firms defend this by pointing to consent: they say they use the data because users agreed to it when they accepted the terms.',
    'Some browsers block third-party cookies by default, which stops one firm from seeing a reader on every page, though many sites then break.',
    'Regulators in several countries are now asking whether a click on a banner can ever count as a free choice under the law.',
  ];
  const html = `<html><body><main><article><h1>Who follows you online</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></main>
    <div class="bar"><p>We use cookies to improve your experience on our site. By using it you accept our use of cookies.</p><button>Accept</button></div></body></html>`;
  const kept = texts(extractFrom(linkedomDoc(html))).join(' ');

  it('keeps an article paragraph about cookies and consent between two others of its body', () => {
    expect(kept).toContain('pointing to consent');
    expect(kept).toContain('third-party cookies');
  });

  it('still drops the cookie notice standing on its own', () => {
    expect(kept).not.toContain('We use cookies');
  });
});

describe('media controls', () => {
  it("drops a gallery's button bar, a player's settings panel and a tooltip inside the article: controls, not story text", () => {
    const body = [
      'Gunmen attacked a museum in the capital on Wednesday, and the security forces closed the streets around it within the hour.',
      'The ministry said the building would stay shut for a week while investigators worked through the galleries one by one.',
    ];
    const html = `<html><body><main><article><h1>Museum closed after attack</h1><p>${body[0]}</p>
      <div class="gal-buttons"><div class="gal-button">Full Screen</div><div class="gal-button">Autoplay</div><div class="gal-button">Close</div></div>
      <div class="player-settings-container"><div>Video Quality</div><div>Auto</div><div>High (HD)</div><div>Closed Captions</div></div>
      <div role="tooltip">Go to full screen</div><p>${body[1]}</p></article></main></body></html>`;
    const kept = texts(extractFrom(linkedomDoc(html))).join(' | ');
    expect(kept).toContain('Gunmen attacked');
    expect(kept).toContain('investigators worked');
    for (const control of ['Full Screen', 'Autoplay', 'Video Quality', 'Closed Captions', 'Go to full screen']) expect(kept).not.toContain(control);
  });

  it("judges a menu by its text, not by the source's indentation around it", () => {
    const pad = `\n${' '.repeat(120)}`;
    const labels = Array.from({ length: 60 }, (_, i) => `${pad}<div>Font ${i}</div>`).join('');
    const html = `<html><body><main><article><h1>Museum closed after attack</h1>
      <p>Gunmen attacked a museum in the capital on Wednesday, and the security forces closed the streets around it within the hour.</p>
      <div class="player-menu">${labels}${pad}</div></article></main></body></html>`;
    const kept = texts(extractFrom(linkedomDoc(html))).join(' | ');
    expect(kept).toContain('Gunmen attacked');
    expect(kept).not.toContain('Font 1');
  });
});

describe('reader replies', () => {
  it('drops a replies or discussion section under the article: readers\' comments are not stories', () => {
    const reply = 'This is one of my hardest habits to break, and I have been working on it for years with little success so far.';
    const html = `<html><body><main><article><h1>How to stop buying things you do not need</h1>
      <p>Most of us buy things we never use. A few habits help, and the first is to wait a day before any purchase over ten dollars.</p></article>
      <section class="js_replies"><article class="reply"><p>${reply}</p></article></section>
      <div id="discussion"><p>${reply}</p></div></main></body></html>`;
    const kept = texts(extractFrom(linkedomDoc(html))).join(' ');
    expect(kept).toContain('Most of us buy things');
    expect(kept).not.toContain('hardest habits');
  });
});

describe('hiding rules from the page\'s own style sheets (Node only)', () => {
  it('reads simple selectors outside @media and ignores the rest', () => {
    const sel: HiddenSelectors = { classes: new Set(), ids: new Set(), tags: new Set() };
    parseHiddenSelectors('.gone, #off {display: none} .shown{color:red} @media print { .noprint { display:none } } div .deep{display:none} .vh{visibility:hidden}', sel);
    expect([...sel.classes].sort()).toEqual(['gone', 'vh']);
    expect([...sel.ids]).toEqual(['off']);
  });

  it('hides what waits for a script to render it (x-cloak, v-cloak), and shows "hidden sm:block", hidden on phones only', () => {
    const html = `<html><body><main><div x-cloak><p>Sorry, the page you asked for has moved to a new address on this site.</p></div>
      <p v-cloak>{{ message }} is waiting for its script.</p><p class="hidden">Only for the printed edition of this page.</p>
      <p class="summary hidden lg:block">The growers fear a poor harvest for the second year running this spring.</p></main></body></html>`;
    const t = texts(extractFrom(linkedomDoc(html), { maxChars: 10_000 })).join(' ');
    expect(t).not.toMatch(/Sorry|message|printed/);
    expect(t).toMatch(/poor harvest/);
  });
});

describe('containers named for comments', () => {
  it('skips a comment section, but reads a strip of opinion teasers named "teaser-comment"', () => {
    const teaser = (i: number) => `<article><h3><a href="/op/${i}">Opinion piece number ${i} on the harbour plan</a></h3><p>A columnist argues that the council should think again about the plan before the vote next month.</p></article>`;
    const html = `<html><body><main><div class="js-slider-teaser-comment-column">${[1, 2, 3].map(teaser).join('')}</div>
      <div class="comments"><p>Reader one says the plan is a waste of money and time for everyone in the town.</p></div></main></body></html>`;
    const t = texts(extractFrom(linkedomDoc(html)));
    expect(t.some((x) => x.startsWith('Opinion piece number 2'))).toBe(true);
    expect(t.some((x) => x.startsWith('Reader one'))).toBe(false);
  });
});

describe('menus and link lists', () => {
  it('drops a line of links and a run of short link items, keeps teaser text', () => {
    const html = `<html><body><main>
      <div class="bar"><a href="/a">Home</a> | <a href="/b">Site Index</a> | <a href="/c">Search</a> | <a href="/d">Archives</a></div>
      <ul><li><a href="/1">One short link</a></li><li><a href="/2">Another short link</a></li><li><a href="/3">A third link</a></li></ul>
      <p>A teaser paragraph about the harbour bridge that reopened on Monday after two years of repairs.</p>
    </main></body></html>`;
    const t = texts(extractFrom(linkedomDoc(html)));
    expect(t).toEqual(['A teaser paragraph about the harbour bridge that reopened on Monday after two years of repairs.']);
  });
});

describe('one headed article', () => {
  it('marks the blocks of a titled article body as region "article"', () => {
    const para = 'The old harbour bridge reopened to traffic on Monday morning, two years after engineers closed it over fears about its supports.';
    const html = `<html><body><div id="page"><h1>Harbour bridge reopens</h1><div class="body">${Array.from({ length: 8 }, () => `<p>${para}</p>`).join('')}</div></div>
      <div class="elsewhere"><p>Short note.</p></div></body></html>`;
    const blocks = extractFrom(linkedomDoc(html)).extraction.blocks;
    expect(blocks.filter((b) => b.tag === 'p').every((b) => b.region === 'article')).toBe(true);
  });

  it('leaves an untitled run of paragraphs alone (a run-on page is not one article)', () => {
    const para = 'Paragraph text of a story that runs on for a while and ends with a full stop like this one here.';
    const html = `<html><body><main><div class="col">${Array.from({ length: 8 }, () => `<p>${para}</p>`).join('')}</div></main></body></html>`;
    expect(extractFrom(linkedomDoc(html)).extraction.blocks.every((b) => b.region === 'main')).toBe(true);
  });
});

describe('names that only look like chrome', () => {
  it('keeps a section whose id is a heading slug ("sharing-with-a-single-developer")', () => {
    const html = `<html><body><main><div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>
      <p>The key to shared mutable history is to keep your changesets in draft phase as you pass them around.</p></div></main></body></html>`;
    expect(texts(extractFrom(linkedomDoc(html)))).toContain('The key to shared mutable history is to keep your changesets in draft phase as you pass them around.');
  });

  it('does not take a page for a caption because of a feature flag in its class', () => {
    const html = `<html><body class="f_video_upload_captions_on"><main><p>The old harbour bridge reopened to traffic on Monday, two years after engineers closed it.</p></main></body></html>`;
    expect(extractFrom(linkedomDoc(html)).extraction.blocks[0].isCaption).toBeUndefined();
  });
});

describe('page wrappers and scripts without spaces', () => {
  it('reads a page whose wrapper carries a "nav" feature class', () => {
    const para = 'The old harbour bridge reopened to traffic on Monday morning, two years after engineers closed it over fears about its supports. ';
    const html = `<html><body><div class="site blq-int-nav"><nav><a href="/">Home</a></nav><main><p>${para.repeat(40)}</p></main></div></body></html>`;
    expect(texts(extractFrom(linkedomDoc(html)))).toHaveLength(1);
  });

  it('counts CJK text as prose', () => {
    const zh = '英国广播公司报道，伦敦市中心的一座老桥在关闭两年后于周一重新开放，工程师们此前担心桥梁的支撑结构出现问题。';
    const r = extractFrom(linkedomDoc(`<html><body><main><p>${zh}</p><p>${zh}</p><p>${zh}</p></main></body></html>`));
    expect(r.detection.proseBlocks).toBe(3);
  });
});

describe('site chrome above the first story', () => {
  it('drops top-bar lines ("EDITION: INTERNATIONAL") but keeps the kicker over the first headline', () => {
    const r = extractFrom(linkedomDoc(fixture('front-page.html')));
    const t = texts(r);
    expect(t).not.toContain('EDITION: INTERNATIONAL');
    expect(t).not.toContain('TV:');
    // The kicker opens the card; the worker reads it into the card's field, out of its text.
    expect(t.slice(0, 2)).toEqual(['LIVE', 'Storm closes the northern ports']);
    const lines = readCardLines(r.extraction.blocks, r.extraction.teasers);
    expect(lines.blocks[0].text).toBe('Storm closes the northern ports');
    expect(lines.teasers?.[0]).toMatchObject({ kicker: 'LIVE', headline: 'Storm closes the northern ports' });
  });
});

describe('kickers over headlines', () => {
  it('starts a teaser at its card, the kicker ("MARKETS") kept as its field, and nowhere inside it', () => {
    const r = extractFrom(linkedomDoc(fixture('front-page.html')));
    const lines = readCardLines(r.extraction.blocks, r.extraction.teasers);
    const blocks = lines.blocks;
    const h = blocks.findIndex((b) => b.text === 'Grain prices fall for a third week');
    const priors = blockPriors(blocks);
    expect(blocks.some((b) => b.text === 'MARKETS')).toBe(false);
    expect(lines.teasers?.find((t) => t.headline === blocks[h].text)?.kicker).toBe('MARKETS');
    expect(priors[h].startLogOdds).toBeGreaterThan(0);
    expect(priors[h + 1].startLogOdds).toBeLessThan(0);
  });
});

describe('picture credits in cards', () => {
  it('a credit over a card\'s headline ("Photo", "CreditJane Doe/Getty Images") is neither its kicker nor its text', () => {
    const card = (n: number, head: string) => `<article><figure><img src="p${n}.jpg" alt=""><figcaption><span>Photo</span><span>CreditJane ${["Doe", "Roe", "Poe", "Moe"][n]}/Getty Images</span></figcaption></figure>
      <h2><a href="/news/${n}">${head}</a></h2><p>The council said on Monday that the work would start in spring and take about two years to finish, at a cost of four million.</p></article>`;
    const heads = ['Harbour bridge to close for repairs', 'New ferry line opens to the islands', 'Library keeps its reading rooms', 'Rail fares rise by a tenth in May'];
    const r = extractFrom(linkedomDoc(`<html><body><main>${heads.map((h, i) => card(i, h)).join('')}</main></body></html>`));
    const lines = readCardLines(r.extraction.blocks, r.extraction.teasers);
    expect(lines.blocks.some((b) => /Getty|^Photo$/.test(b.text))).toBe(false);
    for (const h of heads) expect(lines.teasers?.find((t) => t.headline === h)?.kicker).toBeUndefined();
  });
});

describe('language menus on a front', () => {
  it('drops the cards of a language menu and the heading card right above them, and keeps the stories', () => {
    const text = 'The council said on Monday that the work would start in spring and take about two years, at a cost of four million.';
    const blocks = [
      { text: 'Harbour bridge to close for repairs', article: 1, headingLevel: 2 }, { text, article: 1 },
      { text: 'News in 4 languages', article: 2, headingLevel: 4 },
      { text: 'Arabic عربي', article: 3 }, { text: 'Vietnamese Tiếng Việt', article: 4 },
    ];
    const teasers = [
      { id: 1, headline: 'Harbour bridge to close for repairs' },
      { id: 2, headline: 'News in 4 languages', headline_only: true },
      { id: 3, headline: 'عربي', kicker: 'Arabic', headline_only: true },
      { id: 4, headline: 'Tiếng Việt', kicker: 'Vietnamese', headline_only: true },
    ];
    const lines = readCardLines(blocks, teasers);
    expect(lines.blocks.map((b) => b.text)).toEqual(['Harbour bridge to close for repairs', text]);
    expect(lines.teasers?.map((t) => t.id)).toEqual([1]);
  });
});

describe('headline lists end before the footer', () => {
  it('a copyright line joined to a list is no headline of it', () => {
    const items = [{ headline: 'Harbour bridge to close for repairs' }, { headline: 'New ferry line opens' }, { headline: 'Copyright 2000 The Example Company' }];
    const blocks = items.map((x) => ({ text: x.headline, article: 1 }));
    const lines = readCardLines(blocks, [{ id: 1, headline: 'More news', headline_only: true, items }]);
    expect(lines.teasers?.[0].items?.map((x) => x.headline)).toEqual(['Harbour bridge to close for repairs', 'New ferry line opens']);
  });
});

describe('what the worker drops from cards, and what it keeps', () => {
  const text = 'The council said on Monday that the work would start in spring and take about two years, at a cost of four million.';
  const read = (cards: { headline: string; text?: string; url?: string }[]) => {
    const blocks = cards.flatMap((c, i) => [{ text: c.headline, article: i + 1, headingLevel: 3 }, ...(c.text ? [{ text: c.text, article: i + 1 }] : [])]);
    const teasers = cards.map((c, i) => ({ id: i + 1, headline: c.headline, ...(c.url ? { url: c.url } : {}), ...(c.text ? {} : { headline_only: true }) }));
    return readCardLines(blocks, teasers);
  };

  it('keeps a headline-only story above one language link, and a story whose headline starts with "Copyright" or ends on an ellipsis', () => {
    const lines = read([
      { headline: 'Storm Warning Issued for the Whole Coast Tonight', url: '/a' }, { headline: 'Indonesia', url: '/b' },
      { headline: 'Copyright Fight Over AI Training Heads to Court', text }, { headline: 'And the winner is…', text },
    ]);
    const all = lines.blocks.map((b) => b.text);
    expect(all).toContain('Storm Warning Issued for the Whole Coast Tonight');
    expect(all).toContain('Copyright Fight Over AI Training Heads to Court');
    expect(all).toContain('And the winner is…');
  });

  it('leaves "45 minutes" at the end of a summary in its text; a run-in "6 Min" after a byline is the reading time', () => {
    const prose = 'Firefighters reached the barn at dawn and put it out after 45 minutes';
    const lines = read([{ headline: 'Barn fire on the ridge road', text: prose }, { headline: 'Harbour bridge to close', text: `${text} Von Anna Berg 6 Min` }]);
    expect(lines.blocks.map((b) => b.text)).toContain(prose);
    expect(lines.teasers?.[1]).toMatchObject({ reading_time: '6 Min' });
  });

  it('reads a summary ending in 40K commas in linear time', () => {
    const long = `${text} x${','.repeat(40_000)}x`;
    const t0 = performance.now();
    read([{ headline: 'Harbour bridge to close', text: long }, { headline: 'Ferry line opens', text }, { headline: 'Library stays open', text }]);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
