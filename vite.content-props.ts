// The content script's own property names, which its build shortens to a letter or two (1.5 KB of its 30 KB budget).
// Only names of objects that never leave the script and are never the page's: RawBlock, Piece, the walk's frames,
// cards, options, results. Never a field of what is sent to the worker (Block, Teaser, Extraction, BlockSpan, the
// messages) nor a member of the DOM's objects (`next`, `head`, `from`, `to`, `start`, `id`, `title`, `region`, `lang`,
// `links`, `list`, `caption`, `step` and `labels` stay as they are), nor of a built-in object (a Set's `clear`, a
// string's `link` and `small`, console's `group`), nor one that real browsers' objects have (a dialog's `show`, a table's `frame`): the minifier
// renames a name on every object alike.
// test/unit/content/own-props.test.ts checks all three, and scripts/check-content-build.ts that the built script answers as its source does on the shared pages.
export const CONTENT_OWN_PROPS = [
  // RawBlock and Piece (walk-types.ts)
  'ancestors', 'words', 'pieces', 'rawStart', 'headingId',
  // the walk's frames and the block being built (walk-types.ts)
  'blockAt', 'idx', 'seg', 'kids', 'heading', 'tail', 'depth', 'linkChars', 'lastLink', 'firstLink',
  // Detection (detect.ts), the options and results of the walk and the extraction (walk-types.ts, extract.ts)
  'proseWords', 'proseBlocks', 'rootId', 'rootDepth', 'score', 'visibility', 'skipBoilerplate', 'maxNodes', 'hiddenElement', 'hiddenBlock',
  'result', 'nodes', 'extraction', 'sources', 'detection',
  // cards and the teaser scan (teaser-fields.ts, teasers.ts, page-kind.ts), the article's own word (article.ts)
  'fields', 'card', 'whole', 'isArticle',
  // the session and the highlighter (content/)
  'handlers', 'dispose', 'hostTag',
];
