// The shape of a label line: a source's name under a teaser ("Harbour Daily", "Coast Radio", "Reuters").

/** A label is a few words… */
const LABEL_MAX_WORDS = 6;
/** …with no sentence or clause mark ("Reuters", "ABC News", "The Local Times"); a headline standing alone has none
 * either (describe.ts). */
export const CLAUSE_MARK = /[.!?…:;,。！？，、；：]/;

/** A trimmed line shaped like a label: a few words, no clause mark. */
export const labelShaped = (line: string): boolean => !!line && !CLAUSE_MARK.test(line) && line.split(/\s+/).length <= LABEL_MAX_WORDS;
