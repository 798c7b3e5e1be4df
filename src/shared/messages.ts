// One typed protocol. Each request type maps to its payload and its response; `send` is typed by it,
// and a `Handlers` object must answer every type, or the compiler says which one is missing.
import { browser, type Runtime } from './browser';
import type { BlockSpan, Extraction, PageInfo, StoryView } from './page';
import type { ImportReport, LibraryView, SaveReport, SavedStory, Settings, StoryToSave } from './storage';

export type EmptyKind = 'no-text' | 'not-news' | 'selection';

/** One analysis of a page, a selection or pasted text, as the popup shows it. */
export interface Analysis {
  tabId: number | null;
  page: PageInfo;
  source: 'page' | 'selection';
  /** The engine's stories; on a listing page, each card's carries its fields (link, byline, time…). */
  stories: StoryView[];
  /** Why no stories were found, when there are none: a code the popup words in the user's language… */
  emptyKind?: EmptyKind;
  /** …and the same in English, for logs and the command line. */
  reason?: string;
  omittedChars: number;
  /** Characters in spans that held only page furniture ("Read more", a photo credit): left out, not listed as stories. */
  leftOutChars?: number;
  createdAt: number;
  /** Worker time to segment, ms. */
  segmentMs: number;
  /** Time the content script spent in the page, ms (0 for text the worker got without the page). */
  extractMs: number;
  /** The longest single slice of that time: how long the page was kept waiting at once. */
  extractLongestSliceMs?: number;
}

export type AnalyzeResponse =
  | { ok: true; analysis: Analysis }
  | { ok: false; kind: 'restricted' | 'no-tab' | 'error'; message: string; url?: string };

/** Requests the extension's own pages (popup) send to the worker. */
export interface Requests {
  /** Analyse a tab (the active one when tabId is absent). Cached per tab unless `force`. */
  analyzeTab: { req: { tabId?: number; force?: boolean }; res: AnalyzeResponse };
  /** The analysis the context menu made of a selection, stored under `key`. */
  getSelectionAnalysis: { req: { key: string }; res: AnalyzeResponse };
  highlightStory: { req: { tabId: number; span: BlockSpan }; res: { ok: boolean } };
  clearHighlight: { req: { tabId: number }; res: { ok: boolean } };
  saveStories: { req: { stories: StoryToSave[] }; res: SaveReport };
  listSaved: { req: Record<string, never>; res: LibraryView };
  deleteSaved: { req: { ids: string[] }; res: { deleted: SavedStory[] } };
  restoreSaved: { req: { stories: SavedStory[] }; res: SaveReport };
  importSaved: { req: { json: string }; res: ImportReport };
  clearSaved: { req: Record<string, never>; res: { ok: boolean } };
  getSettings: { req: Record<string, never>; res: Settings };
  setSettings: { req: Settings; res: Settings };
}

export type RequestType = keyof Requests;
export type RequestOf<K extends RequestType> = Requests[K]['req'];
export type ResponseOf<K extends RequestType> = Requests[K]['res'];
export type Envelope<K extends RequestType = RequestType> = { type: K; payload: RequestOf<K> };

export type Handlers = {
  [K in RequestType]: (payload: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** The worker stopped or restarted while a request was in flight, and its answer was lost. */
export class NoAnswerError extends Error {
  constructor(type: string) {
    super(`Storysplit: no answer to "${type}" (the background worker restarted). Try again.`);
    this.name = 'NoAnswerError';
  }
}

/** Sends a request to the worker and resolves with its typed response; a lost answer rejects. */
export async function send<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  const answer = (await browser.runtime.sendMessage(envelope)) as ResponseOf<K> | undefined;
  if (answer === undefined) throw new NoAnswerError(type);
  return answer;
}

export function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && typeof (msg as Envelope).type === 'string' && 'payload' in msg;
}

/** Requests the worker sends to the content script in a tab. */
export interface ContentRequests {
  extract: { req: { maxChars?: number }; res: Extraction };
  highlight: { req: { span: BlockSpan }; res: { ok: boolean } };
  clearHighlight: { req: Record<string, never>; res: { ok: boolean } };
}

export type ContentType = keyof ContentRequests;
export type ContentEnvelope<K extends ContentType = ContentType> = { to: 'content'; type: K; payload: ContentRequests[K]['req'] };
export type ContentHandlers = {
  [K in ContentType]: (payload: ContentRequests[K]['req']) => Promise<ContentRequests[K]['res']> | ContentRequests[K]['res'];
};

export function sendToTab<K extends ContentType>(tabId: number, type: K, payload: ContentRequests[K]['req']): Promise<ContentRequests[K]['res']> {
  const envelope: ContentEnvelope<K> = { to: 'content', type, payload };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<ContentRequests[K]['res']>;
}


/** Notices the worker broadcasts to the extension's own pages (the popup). Nobody answers them. */
export interface Broadcasts {
  /** Progress of a long analysis: `done` of `total` characters segmented. */
  analyzeProgress: { tabId: number | null; done: number; total: number };
}

export type BroadcastType = keyof Broadcasts;
export type BroadcastEnvelope<K extends BroadcastType = BroadcastType> = { broadcast: K; payload: Broadcasts[K] };

/** Sends a broadcast; with no popup open there is no receiver, which is not an error. */
export function broadcast<K extends BroadcastType>(type: K, payload: Broadcasts[K]): Promise<void> {
  const envelope: BroadcastEnvelope<K> = { broadcast: type, payload };
  return browser.runtime.sendMessage(envelope).then(
    () => undefined,
    () => undefined,
  );
}

export function isBroadcast<K extends BroadcastType>(msg: unknown, type: K): msg is BroadcastEnvelope<K> {
  return typeof msg === 'object' && msg !== null && (msg as BroadcastEnvelope).broadcast === type && 'payload' in msg;
}
