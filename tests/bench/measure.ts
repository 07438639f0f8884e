import type { BenchCase, BenchFixtures } from './bench-case';
import { summarise, type TimingStats } from './statistics';

export interface CaseResult {
  name: string;
  title: string;
  figure: BenchCase['figure'];
  budgetMs: number;
  /** The figure's value in ms; null when the case failed to run. */
  valueMs: number | null;
  pass: boolean;
  stats?: TimingStats;
  error?: string;
}

/** Sets the case up (not timed), warms it up, times each iteration, and tears it down even when it fails. */
export async function measure(benchCase: BenchCase, fixtures: BenchFixtures): Promise<CaseResult> {
  const head = { name: benchCase.name, title: benchCase.title, figure: benchCase.figure, budgetMs: benchCase.budgetMs };
  let state: unknown;
  try {
    state = await benchCase.setup(fixtures);
    for (let i = 0; i < benchCase.warmup; i++) await benchCase.iteration(state, i);
    const samples: number[] = [];
    for (let i = 0; i < benchCase.iterations; i++) {
      const started = performance.now();
      await benchCase.iteration(state, benchCase.warmup + i);
      samples.push(performance.now() - started);
    }
    const stats = summarise(samples);
    const valueMs = stats[benchCase.figure];
    return { ...head, valueMs, pass: valueMs < benchCase.budgetMs, stats };
  } catch (err) {
    return { ...head, valueMs: null, pass: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  } finally {
    if (state !== undefined) await benchCase.teardown?.(state);
  }
}
