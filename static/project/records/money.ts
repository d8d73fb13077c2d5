// Cents as an amount in the reader's language (no symbol: the project's contracts name the currency).
export const money = (cents: number, locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
