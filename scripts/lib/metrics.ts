// A TypeScript port of ../shared/eval/score.mjs: Pk, WindowDiff, boundary F1, story count and truncation F1.
// Keep it in step with the reference scorer; scripts/eval.ts checks that both give the same numbers.

export interface GoldStory { start: number; end: number; truncated_end?: boolean; truncated_start?: boolean; cut?: string }
export interface GoldDoc { id: string | number; text: string; stories: GoldStory[]; [key: string]: unknown }
export interface PredStory { start: number; end: number; truncated_end?: boolean; truncated_start?: boolean }
export interface PredDoc { id: string | number; stories: PredStory[] }

export interface Scores {
  docs: number; missing: number; pk: number; windowdiff: number;
  boundary_f1: number; boundary_f1_tol3: number; boundary_p: number; boundary_r: number;
  story_count_exact: number; stories_matched: number;
  trunc_mid_f1: number; trunc_any_f1: number; trunc_start_f1: number;
}

type Span = [number, number];
interface Tally { tp: number; fp: number; fn: number }
interface Group {
  docs: number; missing: number; pk: number; wd: number; gb: number; hb: number; tp0: number; tp3: number;
  gs: number; ps: number; countExact: number; truncMid: Tally; truncAny: Tally; truncStart: Tally; matched: number;
}

function words(text: string): Span[] {
  const out: Span[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

function labels(ws: Span[], stories: readonly { start: number }[]): Int32Array {
  const starts = stories.map((s) => s.start).sort((a, b) => a - b);
  const lab = new Int32Array(ws.length);
  let j = 0;
  for (let i = 0; i < ws.length; i++) {
    while (j + 1 < starts.length && ws[i][0] >= starts[j + 1]) j++;
    lab[i] = j;
  }
  return lab;
}

function boundaries(lab: Int32Array): Set<number> {
  const b = new Set<number>();
  for (let i = 1; i < lab.length; i++) if (lab[i] !== lab[i - 1]) b.add(i);
  return b;
}

export function pk(ref: Int32Array, hyp: Int32Array, k: number): number {
  let err = 0, n = 0;
  for (let i = 0; i + k < ref.length; i++) {
    n++;
    if ((ref[i] === ref[i + k]) !== (hyp[i] === hyp[i + k])) err++;
  }
  return n ? err / n : 0;
}

export function windowDiff(ref: Int32Array, hyp: Int32Array, k: number): number {
  const cr = new Int32Array(ref.length), ch = new Int32Array(ref.length);
  for (let i = 1; i < ref.length; i++) {
    cr[i] = cr[i - 1] + (ref[i] !== ref[i - 1] ? 1 : 0);
    ch[i] = ch[i - 1] + (hyp[i] !== hyp[i - 1] ? 1 : 0);
  }
  let err = 0, n = 0;
  for (let i = 0; i + k < ref.length; i++) {
    n++;
    if (cr[i + k] - cr[i] !== ch[i + k] - ch[i]) err++;
  }
  return n ? err / n : 0;
}

function matchBoundaries(gb: Set<number>, hb: Set<number>, tol: number): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gb) {
    let best = -1;
    for (const h of hb) if (!used.has(h) && Math.abs(h - g) <= tol && (best < 0 || Math.abs(h - g) < Math.abs(best - g))) best = h;
    if (best >= 0) { used.add(best); tp++; }
  }
  return tp;
}

function overlapWords(ws: Span[], a: { start: number; end: number }, b: { start: number; end: number }): number {
  let n = 0;
  const lo = Math.max(a.start, b.start), hi = Math.min(a.end, b.end);
  for (const [s, e] of ws) if (s >= lo && e <= hi) n++;
  return n;
}

const newTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const newGroup = (): Group => ({ docs: 0, missing: 0, pk: 0, wd: 0, gb: 0, hb: 0, tp0: 0, tp3: 0, gs: 0, ps: 0, countExact: 0,
  truncMid: newTally(), truncAny: newTally(), truncStart: newTally(), matched: 0 });

function f1(t: Tally): number {
  const p = t.tp / Math.max(1, t.tp + t.fp), r = t.tp / Math.max(1, t.tp + t.fn);
  return p + r ? (2 * p * r) / (p + r) : t.tp + t.fp + t.fn ? 0 : 1;
}

/** Scores predictions against gold, overall ("ALL") and by the values of each field in `by`. */
export function score(gold: readonly GoldDoc[], preds: ReadonlyMap<string, PredDoc>, by: readonly string[] = []): Map<string, Scores> {
  const groups = new Map<string, Group>();
  const group = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = newGroup()));
    return g;
  };
  for (const g of gold) {
    const keys = ['ALL', ...by.filter((f) => g[f] != null).map((f) => `${f}=${String(g[f])}`)];
    const p = preds.get(String(g.id));
    const ws = words(g.text);
    const ref = labels(ws, g.stories);
    const hypStories: PredStory[] = p && Array.isArray(p.stories) && p.stories.length ? p.stories : [{ start: 0, end: g.text.length }];
    const hyp = labels(ws, hypStories);
    const k = Math.max(2, Math.round(ws.length / g.stories.length / 2));
    const gb = boundaries(ref), hb = boundaries(hyp);
    const flags = g.stories.map((gs) => {
      const gw = overlapWords(ws, gs, gs);
      let best: PredStory | null = null, bestN = 0;
      for (const hs of hypStories) { const n = overlapWords(ws, gs, hs); if (n > bestN) { bestN = n; best = hs; } }
      const ok = best && gw > 0 && bestN / gw >= 0.5 && bestN / Math.max(1, overlapWords(ws, best, best)) >= 0.5;
      return { gs, hs: ok ? best : null };
    });
    const docPk = pk(ref, hyp, k), docWd = windowDiff(ref, hyp, k);
    const tp0 = matchBoundaries(gb, hb, 0), tp3 = matchBoundaries(gb, hb, 3);
    for (const key of keys) {
      const G = group(key);
      G.docs++;
      if (!p) G.missing++;
      G.pk += docPk; G.wd += docWd;
      G.gb += gb.size; G.hb += hb.size; G.tp0 += tp0; G.tp3 += tp3;
      G.gs += g.stories.length; G.ps += hypStories.length;
      if (g.stories.length === hypStories.length) G.countExact++;
      for (const { gs, hs } of flags) {
        if (hs) G.matched++;
        const predEnd = !!hs?.truncated_end, predStart = !!hs?.truncated_start;
        const tally = (t: Tally, goldFlag: boolean, predFlag: boolean) => {
          if (goldFlag && predFlag) t.tp++; else if (predFlag) t.fp++; else if (goldFlag) t.fn++;
        };
        if (gs.cut !== 'sentence') tally(G.truncMid, gs.cut === 'mid-sentence', predEnd);
        tally(G.truncAny, !!gs.truncated_end, predEnd);
        tally(G.truncStart, !!gs.truncated_start, predStart);
      }
    }
  }
  const r4 = (x: number) => +x.toFixed(4);
  const out = new Map<string, Scores>();
  for (const [key, G] of groups) {
    const P0 = G.tp0 / Math.max(1, G.hb), R0 = G.tp0 / Math.max(1, G.gb);
    const P3 = G.tp3 / Math.max(1, G.hb), R3 = G.tp3 / Math.max(1, G.gb);
    out.set(key, {
      docs: G.docs, missing: G.missing, pk: r4(G.pk / G.docs), windowdiff: r4(G.wd / G.docs),
      boundary_f1: r4(P0 + R0 ? (2 * P0 * R0) / (P0 + R0) : 0), boundary_f1_tol3: r4(P3 + R3 ? (2 * P3 * R3) / (P3 + R3) : 0),
      boundary_p: r4(P0), boundary_r: r4(R0), story_count_exact: r4(G.countExact / G.docs),
      stories_matched: r4(G.matched / Math.max(1, G.gs)),
      trunc_mid_f1: r4(f1(G.truncMid)), trunc_any_f1: r4(f1(G.truncAny)), trunc_start_f1: r4(f1(G.truncStart)),
    });
  }
  return out;
}
