// Small helpers shared by the benchmarks: a seeded PRNG, throughput measurement and a table printer.

/** mulberry32: a fast, seeded 32-bit PRNG so every run draws the same cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `pass` (which performs `opsPerPass` operations) until `minMs` have passed; returns ops/s. */
export function throughput(opsPerPass: number, pass: () => void, minMs = 300): number {
  pass(); // warm-up
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    ops += opsPerPass;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (ops / elapsed) * 1000;
}

export function formatRate(opsPerSecond: number): string {
  if (opsPerSecond >= 1e6) return `${(opsPerSecond / 1e6).toFixed(2)} M`;
  if (opsPerSecond >= 1e3) return `${(opsPerSecond / 1e3).toFixed(1)} k`;
  return opsPerSecond.toFixed(1);
}

export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
