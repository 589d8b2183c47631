// The bundle injected into each benchmark page: times every measure on the live document and hands the
// medians back. Batches are interleaved across measures, in a new order each round, so that slow and fast
// moments of the machine fall on every measure alike; each batch repeats a measure enough times to last a few
// milliseconds, because the page's clock is coarse.
import { median } from '../stats';
import { groupOf, MEASURES } from './measures';

export interface PageTimes {
  /** Median milliseconds of one run, per measure name. */
  medians: Record<string, number>;
  /** The page's group for the per-group medians (groupOf in measures.ts). */
  group: string;
}

const BATCH_MS = 4;
/** Warm-up time per measure, in batches of BATCH_MS taken in turn. */
const WARM_UP_MS = 100;

function timeAll(batches: number): PageTimes {
  const doc = document;
  const prepared = MEASURES.map((m) => m.prepare?.(doc));
  // Warm-up, in turns over all measures before any is calibrated, until each has run for WARM_UP_MS: the
  // repeated-run figures are of optimised code (the first-run line gives the cold cost). Measured with 12 ms
  // each, detection's code, which no other measure runs, was not yet fully optimised: its ratio to
  // isProbablyReaderable fell from 1.57x to 1.42x with 60 ms and to 1.37x with 120 ms, while a copy of the same
  // code that three measures ran fell by only 3 to 7%.
  const warmed = MEASURES.map(() => 0);
  while (warmed.some((ms) => ms < WARM_UP_MS)) {
    MEASURES.forEach((m, i) => {
      if (warmed[i]! >= WARM_UP_MS) return;
      const t0 = performance.now();
      do m.run(doc, prepared[i]);
      while (performance.now() - t0 < BATCH_MS);
      warmed[i]! += performance.now() - t0;
    });
  }
  // Calibration: how many runs fill a batch.
  const reps = MEASURES.map((m, i) => {
    const t0 = performance.now();
    let n = 0;
    do {
      m.run(doc, prepared[i]);
      n++;
    } while (performance.now() - t0 < BATCH_MS && n < 10_000);
    return n;
  });
  const samples: number[][] = MEASURES.map(() => []);
  const random = seeded(batches);
  for (let b = 0; b < batches; b++) {
    // A new order each round: with a fixed cycle, a measure would always follow the same one, and pay for the
    // garbage that one left (measured: two identical measures then differed by 7 to 15%; now by 1 to 2%).
    for (const i of shuffled(MEASURES.length, random)) {
      const m = MEASURES[i]!;
      // Each batch starts on an empty young generation and ends by collecting it, inside the timing: a measure
      // pays for its own garbage, and for no other's.
      collectYoung();
      const t0 = performance.now();
      for (let r = 0; r < reps[i]!; r++) m.run(doc, prepared[i]);
      collectYoung();
      samples[i]!.push((performance.now() - t0) / reps[i]!);
    }
  }
  return {
    medians: Object.fromEntries(MEASURES.map((m, i) => [m.name, median(samples[i]!)])),
    group: groupOf(doc),
  };
}

/** A minor (young-generation) collection, when the browser exposes gc (the runner starts it so). */
const gc = (globalThis as unknown as { gc?: (o: { type: 'minor' }) => void }).gc;
function collectYoung(): void {
  gc?.({ type: 'minor' });
}

/** The indices 0..n-1 in a random order (Fisher-Yates). */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let k = n - 1; k > 0; k--) {
    const r = Math.floor(random() * (k + 1));
    [order[k], order[r]] = [order[r]!, order[k]!];
  }
  return order;
}

/** A small seeded generator (mulberry32): the same orders on every run of the benchmark. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One measure's first run on a freshly loaded page, its set-up included: what a visit to the page pays, with
 * the code not yet compiled and nothing built. Called once per fresh page (the runner reloads it).
 */
function firstRun(name: string): number {
  const m = MEASURES.find((x) => x.name === name)!;
  const t0 = performance.now();
  m.run(document, m.prepare?.(document));
  return performance.now() - t0;
}

const runner = {
  timeAll,
  firstRun,
  measures: MEASURES.map((m) => ({ name: m.name, baseline: !!m.baseline, description: m.description })),
};
/** What this bundle puts on the page, as globalThis.__rcBench. */
export type RcBench = typeof runner;

(globalThis as unknown as { __rcBench: RcBench }).__rcBench = runner;
