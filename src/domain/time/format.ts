// Renders an instant as a wall-clock reading of a zone, for messages ("2026-02-14 11:30 Asia/Shanghai").

const formatters = new Map<string, Intl.DateTimeFormat>();

export function wallClock(t: number, zone: string): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, f);
  }
  return `${f.format(t)} ${zone}`;
}
