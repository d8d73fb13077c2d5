// <input type="datetime-local"> values in the reader's zone (the one the lists show instants in), to and
// from epoch ms.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at `ms` as epoch ms read as UTC (its offset is the difference). */
function wall(ms: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p['year']!, p['month']! - 1, p['day'], p['hour'], p['minute']);
}

export const toLocalInput = (ms: number, zone: string): string =>
  Number.isFinite(ms) ? new Date(wall(ms, zone)).toISOString().slice(0, 16) : '';

/** Epoch ms of a typed date-time in `zone`, or NaN when it is not one (the resolver refuses it at its field). */
export function fromLocalInput(value: string, zone: string): number {
  const asUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? Date.parse(`${value}:00Z`) : NaN;
  if (!Number.isFinite(asUtc)) return NaN;
  const guess = asUtc - (wall(asUtc, zone) - asUtc);
  return asUtc - (wall(guess, zone) - guess);
}
