// The accuracy gate: every scored group against a committed baseline. The engine is deterministic, so a change
// in a figure is a change in behaviour; the tolerance lets a deliberate trade (a small loss in one group for a
// gain elsewhere) through while any real drop fails.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Scores } from './metrics';

export type GateEntries = Record<string, number>;

/** The baseline file, committed beside the bench results. */
const BASELINE = 'bench/eval-baseline.json';
/** A metric may get worse by at most this much (absolute) before the gate fails. */
export const TOLERANCE = 0.005;
/** Groups smaller than this are reported but not gated: one document moves their figures by more than the tolerance. */
const MIN_GATED_DOCS = 20;
/** The figures held, per group; Pk and WindowDiff are better lower, the rest better higher. */
const GATED: (keyof Scores)[] = ['pk', 'windowdiff', 'boundary_f1', 'story_count_exact', 'trunc_mid_f1', 'trunc_any_f1', 'trunc_start_f1'];
const LOWER_IS_BETTER = /\.(pk|windowdiff)$/;

/** `set.group.metric` entries of every group with enough documents. */
export function gateEntries(set: string, scores: ReadonlyMap<string, Scores>): GateEntries {
  const out: GateEntries = {};
  for (const [group, s] of scores) {
    if (s.docs < MIN_GATED_DOCS && set !== 'seed') continue;
    for (const m of GATED) out[`${set}.${group}.${m}`] = Number(s[m].toFixed(4));
  }
  return out;
}

/** Prints the comparison; with --check, returns false on any drop beyond the tolerance. --update-baseline writes the file. */
export function checkGate(now: GateEntries, repoRoot: string, args: readonly string[]): boolean {
  const file = path.join(repoRoot, BASELINE);
  if (args.includes('--update-baseline')) {
    const sorted = Object.fromEntries(Object.entries(now).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, Number(v.toFixed(4))]));
    writeFileSync(file, JSON.stringify(sorted, null, 1) + '\n');
    console.log(`\nGATE: wrote ${Object.keys(sorted).length} figures to ${BASELINE}`);
    return true;
  }
  if (!args.includes('--check')) return true;
  if (!existsSync(file)) { console.log(`\nGATE: no ${BASELINE}; run npm run eval -- --update-baseline first`); return false; }
  const base = JSON.parse(readFileSync(file, 'utf8')) as GateEntries;
  const drops: string[] = [], gains: string[] = [], missing: string[] = [];
  for (const [k, b] of Object.entries(base)) {
    const v = now[k];
    if (v === undefined) { missing.push(k); continue; }
    const worse = LOWER_IS_BETTER.test(k) ? v - b : b - v;
    if (worse > TOLERANCE) drops.push(`${k}: ${b.toFixed(4)} -> ${v.toFixed(4)}`);
    else if (worse < -TOLERANCE) gains.push(`${k}: ${b.toFixed(4)} -> ${v.toFixed(4)}`);
  }
  console.log(`\nGATE against ${BASELINE} (tolerance ${TOLERANCE} per figure, groups of ≥ ${MIN_GATED_DOCS} documents): ${Object.keys(base).length} figures, ${drops.length} worse, ${gains.length} better, ${missing.length} missing`);
  for (const d of drops) console.log(`  WORSE   ${d}`);
  for (const g of gains) console.log(`  better  ${g}`);
  for (const m of missing) console.log(`  MISSING ${m}`);
  if (gains.length) console.log('  (run npm run eval -- --update-baseline to keep the gains as the new floor)');
  return drops.length === 0 && missing.length === 0;
}
