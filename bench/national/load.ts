/** Latency figures of one bounded run: `total` calls with `concurrency` in flight, after a warm-up. */
export interface Latency {
  p50: number;
  p95: number;
  perSecond: number;
}

export async function measure(
  run: () => Promise<unknown>,
  { total, concurrency, warmUp }: { total: number; concurrency: number; warmUp: number },
): Promise<Latency> {
  for (let i = 0; i < warmUp; i++) await run();
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const s = performance.now();
      await run();
      times.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), perSecond: (times.length / elapsed) * 1000 };
}
