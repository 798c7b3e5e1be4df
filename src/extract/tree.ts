// Small helpers of the walk: an attribute, the container path step of an element, and where its children are.

/** An element's attribute: one helper for the extraction's many reads (shorter in the content script's budget). */
export const attr = (el: Element | null | undefined, name: string): string | null => el?.getAttribute(name) ?? null;

/** Class names of captions and photo credits, as a part of a class between - or _ (article__caption, wp-caption-text). */
export const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|(?:photo|image|img|bild)[-_]*(?:desc|text|info)|bildunterschrift|legende)(?:$|[\s_-])/i;

/** One step of a container path: tag, first class, position among the parent's element children. */
export function segmentOf(tag: string, index: number, cls: string | null): string {
  const first = cls ? cls.trim().split(/\s+/, 1)[0].replace(/[^\w-]/g, '').slice(0, 24) : '';
  return `${tag}${first ? '.' + first : ''}[${index}]`;
}

/** What to walk inside an element: its open shadow root, a slot's assigned nodes, a same-origin frame's body. */
export function childrenOf(el: Element, tag: string): { first: Node | null; list: ArrayLike<Node> | null } {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return { first: shadow.firstChild, list: null };
  if (tag === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length) return { first: null, list: assigned };
  }
  if (tag === 'iframe' || tag === 'frame') {
    try {
      const body = (el as HTMLIFrameElement).contentDocument?.body;
      return { first: body ? body.firstChild : null, list: null };
    } catch {
      return { first: null, list: null }; // cross-origin: not ours to read
    }
  }
  return { first: el.firstChild, list: null };
}
