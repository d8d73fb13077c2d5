// <input type="datetime-local"> values: what the browser shows in its own zone, to and from epoch ms.

export const toLocalInput = (ms: number): string => {
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return new Date(ms - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Epoch ms of a typed local date-time, or NaN when it is not one (the resolver refuses it at its field). */
export const fromLocalInput = (value: string): number => new Date(value).getTime();
