// One definition for the page side and the worker: a copyright line ends a page, and sometimes a headline list.

/** Copyright and legal lines that end pages ("BBC © MMX"; "Copyright Fight Over AI Training" is a headline: the mark or a year follows). */
export const LEGAL_LINE = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|^[^©\n]{0,40}©\s?(?:\d{4}|[MDCLXVI]{2,})\b|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b/i;
