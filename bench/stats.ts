// Timing summaries: nearest-rank percentiles over milliseconds.
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(ms: number[]): { count: number; mean: number; median: number; p95: number; perSecond: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const total = ms.reduce((sum, x) => sum + x, 0);
  return { count: ms.length, mean: total / ms.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), perSecond: (ms.length * 1000) / total };
}
