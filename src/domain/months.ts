// Calendar months as KPI facts and gadgets group them: 'YYYY-MM' of an instant in a time zone (the zone
// of the calendar the service runs on, so a cycle that stops at 07:00 on the 1st in Shanghai counts in
// that month, not the last).

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' });
    formats.set(zone, f);
  }
  return f;
}

export type Month = string; // 'YYYY-MM'

export function monthOf(ms: number, zone: string): Month {
  const parts = format(zone).formatToParts(ms);
  const part = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${part('year')}-${part('month')}`;
}

/** The `count` months ending with the one holding `now`, oldest first. */
export function monthsBack(now: number, zone: string, count: number): Month[] {
  const [y, m] = monthOf(now, zone).split('-').map(Number) as [number, number];
  const out: Month[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
