// One definition for the page side and the worker: a copyright line ends a page, and sometimes a headline list.

/** Copyright and legal lines that end pages. */
export const LEGAL_LINE = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b/i;
