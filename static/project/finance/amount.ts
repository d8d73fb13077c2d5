// Amounts as people type them ("1,200.50") and as the resolver keeps them (cents); a figure that is not a
// number becomes -1, which the resolver refuses at its field.
export const toCents = (typed: string): number => {
  const n = Math.round(Number(typed.replace(/[,\s]/g, '')) * 100);
  return typed.trim() !== '' && Number.isFinite(n) ? n : -1;
};

export const fromCents = (cents: number): string => (cents / 100).toFixed(2);

/** A ratio as a percentage in the reader's language ("12.5%"); a dash when there is none. */
export const percent = (x: number | null, locale: string): string =>
  x === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(x);

export const ratio = (x: number | null, locale: string): string =>
  x === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(x);
