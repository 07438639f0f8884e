export interface TimingStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile: the smallest sample at or above the given share of the samples. */
function percentile(sorted: readonly number[], share: number): number {
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Microsecond resolution is all a millisecond budget needs (and keeps the JSON readable). */
function toMicroseconds(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export function summarise(samplesMs: readonly number[]): TimingStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: toMicroseconds(percentile(sorted, 0.5)),
    p95: toMicroseconds(percentile(sorted, 0.95)),
    p99: toMicroseconds(percentile(sorted, 0.99)),
    max: toMicroseconds(sorted.at(-1) ?? Number.NaN),
    mean: toMicroseconds(sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length)),
  };
}
