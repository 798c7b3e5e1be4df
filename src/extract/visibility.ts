// Is an element visible? THE one place where the browser and Node differ.
// - Browser: cheap attribute checks on every element, then layout (checkVisibility / computed style) only on
//   elements that root a text block, so the style system is asked a few hundred times, not once per node.
// - Node (linkedom, the CLI): there is no layout, so visibility comes from the hidden attribute, aria-hidden,
//   inline style, class names that conventionally hide, and simple rules of the page's own <style> sheets.

import { attr } from './tree';

export interface Visibility {
  /** Cheap check on every element entered: true when the element, and so its subtree, is surely hidden. `bare`: it has no attributes. */
  hiddenElement(el: Element, bare?: boolean): boolean;
  /** Check on an element that roots a text block; may consult layout. */
  hiddenBlock(el: Element): boolean;
}

/** Class tokens that hide an element on most sites (Bootstrap, WordPress, Tailwind, a11y helpers; a utility's prefix on
 * "hidden" or "visually-hidden": "u-visually-hidden", "is-hidden"). */
const HIDING_CLASS = /(?:^|\s)(?:(?:(?:is|u|a11y)-)?(?:visually-?)?hidden|hide|d-none|invisible|sr-only|screen-reader-text|screenreader|offscreen)(?:\s|$)/i;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** "hidden sm:block" (Tailwind): hidden on phones only, shown from a small screen up, as on any desktop. */
const SHOWN_FROM_WIDTH = /(?:^|\s)(?:sm|md|lg):(?:block|flex|grid|inline|table)/;

function hiddenByAttributes(el: Element, bare?: boolean): boolean {
  if (bare) return false;
  if (el.hasAttribute('hidden')) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style && HIDING_STYLE.test(style)) return true;
  const cls = attr(el, 'class');
  return !!cls && HIDING_CLASS.test(cls) && !SHOWN_FROM_WIDTH.test(cls);
}

/** Simple selectors (.class, #id, tag, tag.class) that the page's own <style> sheets hide outside @media. */
export interface HiddenSelectors {
  classes: Set<string>;
  ids: Set<string>;
  tags: Set<string>;
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?(?:([.#])([\w-]+))?$/i;

/** Reads display:none / visibility:hidden rules with simple selectors from CSS text (no @-rule blocks). */
export function parseHiddenSelectors(css: string, into: HiddenSelectors): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let selStart = 0;
  let bodyStart = -1;
  let selector = '';
  let skipDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) {
        selector = text.slice(selStart, i).trim();
        bodyStart = i + 1;
        if (selector.startsWith('@')) skipDepth = 0;
      }
      depth++;
    } else if (c === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (skipDepth < 0 && bodyStart >= 0 && HIDING_STYLE.test(text.slice(bodyStart, i).replace(/^\s*/, ';'))) addSelectors(selector, into);
        skipDepth = -1;
        selStart = i + 1;
        bodyStart = -1;
      }
    } else if (c === ';' && depth === 0) selStart = i + 1;
  }
}

function addSelectors(list: string, into: HiddenSelectors): void {
  for (const raw of list.split(',')) {
    const m = SIMPLE_SELECTOR.exec(raw.trim());
    if (!m || (!m[1] && !m[2])) continue;
    if (m[2] === '.') into.classes.add(m[3]);
    else if (m[2] === '#') into.ids.add(m[3]);
    else if (m[1] && !m[2] && !/^(?:html|body|main|article|p|div|section)$/i.test(m[1])) into.tags.add(m[1].toLowerCase());
  }
}

/**
 * Hidden until a script framework renders it (Alpine's x-cloak, Vue's v-cloak, Angular's ng-cloak): saved HTML is
 * never rendered, so the element stays hidden (a "page not found" notice shown only on a redirect). The browser
 * needs no such rule: layout says it.
 */
const cloaked = (el: Element): boolean => el.hasAttribute('x-cloak') || el.hasAttribute('v-cloak') || el.hasAttribute('ng-cloak');

/** Node: visibility from markup alone (no layout engine). */
export function attributeVisibility(doc: Document): Visibility {
  const sel: HiddenSelectors = { classes: new Set(), ids: new Set(), tags: new Set() };
  for (const s of Array.from(doc.querySelectorAll('style'))) parseHiddenSelectors(s.textContent ?? '', sel);
  const useSheets = sel.classes.size + sel.ids.size + sel.tags.size > 0;
  return {
    hiddenElement(el, bare) {
      if (!bare && cloaked(el)) return true;
      if (!useSheets) return hiddenByAttributes(el, bare);
      if (sel.tags.size && sel.tags.has(el.localName)) return true;
      if (bare || hiddenByAttributes(el)) return !bare;
      const id = attr(el, 'id');
      if (id && sel.ids.has(id)) return true;
      const cls = attr(el, 'class');
      if (cls && sel.classes.size) for (const c of cls.split(/\s+/)) if (c && sel.classes.has(c)) return true;
      return false;
    },
    hiddenBlock: () => false,
  };
}

type WithCheckVisibility = Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };

/** Browser: attribute checks first, then the rendering engine on block roots only (Chrome 105+, Firefox 106+). */
export function layoutVisibility(): Visibility {
  let last: Element | null = null;
  let lastHidden = false;
  return {
    hiddenElement: hiddenByAttributes,
    hiddenBlock(el) {
      if (el !== last) lastHidden = (el as WithCheckVisibility).checkVisibility?.({ visibilityProperty: true }) === false;
      last = el;
      return lastHidden;
    },
  };
}
