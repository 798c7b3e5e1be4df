// Language data for boilerplate text: what cookie notices, share bars, comment counts and ad labels say.
// Kept apart from the logic so a new language is a few words here. Matched case-insensitively.

/** Words that make a short block a cookie or consent notice (together with COOKIE_CONTEXT). */
export const COOKIE_WORDS = /\b(?:cookies?|consent|gdpr|tracking technologies|datenschutz\w*|einwilligung|témoins|galletas)\b/i;
export const COOKIE_CONTEXT = /\b(?:accept|agree|allow|consent|experience|privacy|settings|preferences|policy|use|akzeptieren|zustimmen|verwenden|nutzen|accepter|aceptar|utilizamos|utilisons)\b/i;

/** A share bar or prompt: share words with network names or nothing else. */
export const SHARE_WORDS = /\b(?:share|sharing|teilen|partager|compartir|condividi|tweet|e-?mail this|print this)\b/i;
export const SOCIAL_NETWORKS = /\b(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|telegram|bluesky|mastodon|threads|flipboard|print|copy link)\b/i;

/** Whole-block labels that are never prose. */
export const LABEL_ONLY = /^(?:advertis(?:ements?|ing)|anzeige|werbung|publicité|publicidad|sponsored(?: content)?|skip to (?:main )?content|accessibility links|(?:weiter|direkt) zum (?:haupt)?inhalt|zum inhalt springen|read more|weiterlesen|back to top|menu|search|suche|(?:main|site|primary|secondary|global|top|footer|page|[\w-]+(?:\.[a-z]{2,6})+)\s+navigation|(?:haupt|seiten|sub|meta|service)navigation)\W*$/i;

/** A call to action opening a short block: "Click here to get alerts", "Hier klicken und abonnieren". A story's
 * sentence says what a link holds; a prompt to click is the site's. */
export const CALL_TO_ACTION = /^(?:click here|tap here|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|haz clic aquí|clicca qui|clique aqui|klik hier|kliknij tutaj|нажмите здесь)(?!\p{L})/iu;

/** Comment counts and prompts: "12 comments", "Comments (3)", "Join the conversation". */
export const COMMENT_COUNT = /^(?:\d[\d,.]*\s*(?:comments?|kommentare?|commentaires?|comentarios?|replies|responses)|(?:comments?|kommentare|commentaires|comentarios)\s*\(?\d*\)?|join the (?:conversation|discussion)|leave a (?:comment|reply)|add (?:a )?comment|show comments|kommentieren)\W*$/i;

/** Copyright and legal lines that end pages (shared with the worker, which reads them at a list's end). */
export { LEGAL_LINE } from '@shared/legal-line';
