// Saved HTML → story blocks in Node: linkedom parses, the content script's own extraction runs.
// The one Node difference is visibility, read from markup (attributeVisibility) since there is no layout.
import { parseHTML } from 'linkedom';
import { extractPage, type PageExtraction } from '../content/extract';
import { attributeVisibility } from '../content/visibility';

export function extractHtmlPage(html: string): PageExtraction {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return extractPage(doc, { visibility: attributeVisibility(doc) });
}
