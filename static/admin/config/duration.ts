// Targets are stored in minutes and shown to admins in hours and minutes ("7h 30m", "7小时30分").

/** Minutes as hours and minutes, in the reader's language. */
export function formatMinutes(total: number, lang: 'en' | 'zh'): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  const [hu, mu, sep] = lang === 'zh' ? ['小时', '分', ''] : ['h', 'm', ' '];
  if (h === 0) return `${m}${mu}`;
  return m === 0 ? `${h}${hu}` : `${h}${hu}${sep}${m}${mu}`;
}

const UNIT = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|小时|时|minutes?|mins?|m|分钟|分)?/iy;

/** Minutes from what an admin typed ("4h 30m", "90", "1.5h", "2小时"), or undefined when it is not a
 * duration. A bare number is minutes. */
export function parseMinutes(input: string): number | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  let total = 0;
  let at = 0;
  while (at < text.length) {
    UNIT.lastIndex = at;
    const m = UNIT.exec(text);
    if (!m) return undefined;
    const unit = (m[2] ?? 'm').toLowerCase();
    total += Number(m[1]) * (/^(h|hours?|hrs?|小时|时)$/.test(unit) ? 60 : 1);
    at = UNIT.lastIndex;
    while (text[at] === ' ') at++;
  }
  return Number.isFinite(total) ? Math.round(total) : undefined;
}
