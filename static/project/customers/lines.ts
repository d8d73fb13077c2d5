// Lists edited as text, one entry per line.
export const toLines = (xs: readonly string[]): string => xs.join('\n');
export const fromLines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
