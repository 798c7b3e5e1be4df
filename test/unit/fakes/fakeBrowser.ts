// An in-memory fake of the parts of `browser` that storage and the library use.
// Values are structured-cloned like the real storage; every call yields to the event loop,
// so concurrent callers interleave the way two popups do.
export interface FakeAreaOptions {
  quotaBytes?: number;
  /** Firefox-like: no getBytesInUse. */
  noBytesInUse?: boolean;
}

const tick = () => new Promise<void>((r) => setTimeout(r, Math.floor(Math.random() * 3)));
const size = (k: string, v: unknown) => new TextEncoder().encode(k).length + new TextEncoder().encode(JSON.stringify(v) ?? '').length;

export class FakeArea {
  data = new Map<string, unknown>();
  QUOTA_BYTES: number;
  getBytesInUse?: (keys?: null | string | string[]) => Promise<number>;
  setCalls = 0;

  constructor(opts: FakeAreaOptions = {}) {
    this.QUOTA_BYTES = opts.quotaBytes ?? 10 * 1024 * 1024;
    if (!opts.noBytesInUse) {
      this.getBytesInUse = async (keys) => {
        await tick();
        return this.keys(keys).reduce((n, k) => n + (this.data.has(k) ? size(k, this.data.get(k)) : 0), 0);
      };
    }
  }

  private keys(keys?: null | string | string[]): string[] {
    if (keys === null || keys === undefined) return [...this.data.keys()];
    return typeof keys === 'string' ? [keys] : keys;
  }

  bytes(): number {
    let n = 0;
    for (const [k, v] of this.data) n += size(k, v);
    return n;
  }

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    await tick();
    const out: Record<string, unknown> = {};
    for (const k of this.keys(keys)) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    this.setCalls++;
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
    let n = 0;
    for (const [k, v] of next) n += size(k, v);
    if (n > this.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded'); // all or nothing, like Chrome
    this.data = next;
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }

  async clear(): Promise<void> {
    this.data.clear();
  }
}

export const EXTENSION_BASE = 'chrome-extension://fakeid/';

export function makeFakeBrowser(opts: FakeAreaOptions = {}) {
  return {
    storage: { local: new FakeArea(opts), session: new FakeArea(opts) },
    runtime: {
      id: 'fakeid',
      getURL: (path: string) => EXTENSION_BASE + path.replace(/^\//, ''),
    },
  };
}

export type FakeBrowser = ReturnType<typeof makeFakeBrowser>;
