// A small L2-penalised logistic regression over named binary features, fitted by Newton's method. The engine's
// fitted decisions (start-model.json, deck-model.json) are written by scripts that use it.

export interface Row { features: readonly string[]; y: 0 | 1 }
export interface Fitted { bias: number; weights: Record<string, number> }

/** Newton steps: the penalised log-loss is convex and smooth, so a few steps reach the optimum. */
export const NEWTON_STEPS = 25;
/** Weights are written with this many decimals: finer digits change no decision. */
const DECIMALS = 3;

/** Solves a x = b by Gauss-Jordan elimination with partial pivoting (a is small: one row a feature). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || !m[c][c]) continue;
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  return m.map((r, i) => r[n] / r[i]);
}

/** Fits bias and weights; `l2` penalises the summed log-loss (the bias is not penalised). */
export function fitLogistic(data: readonly Row[], l2: number): Fitted {
  const names = [...new Set(data.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((n, i) => [n, i + 1]));
  const rows = data.map((r) => ({ x: [0, ...new Set(r.features.map((f) => index.get(f)!))], y: r.y }));
  const k = names.length + 1;
  const w = new Array<number>(k).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((v, i) => (i ? l2 * v : 0));
    const hess = w.map((_, i) => w.map((__, j) => (i === j && i ? l2 : 0)));
    for (const r of rows) {
      const z = r.x.reduce((a, i) => a + w[i], 0);
      const p = 1 / (1 + Math.exp(-z));
      for (const i of r.x) {
        grad[i] += p - r.y;
        for (const j of r.x) hess[i][j] += p * (1 - p);
      }
    }
    const delta = solve(hess, grad);
    for (let i = 0; i < k; i++) w[i] -= delta[i];
  }
  const round = (x: number) => Number(x.toFixed(DECIMALS));
  return { bias: round(w[0]), weights: Object.fromEntries(names.map((n, i) => [n, round(w[i + 1])])) };
}
