// Small helpers shared by the benchmarks: the seeded PRNG, throughput measurement and a table printer.

export { prng } from '../../sandbox/demo/random';

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
