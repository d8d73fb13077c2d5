// An instant as the viewer reads it (their locale and time zone).
export const when = (ms: number, locale: string, zone: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(ms);
