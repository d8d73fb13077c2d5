// Names and messages the product shows, in both of its languages.

export interface LocalText {
  readonly en: string;
  readonly zh: string;
}

/** Fills {name} placeholders in both languages. */
export function fill(text: LocalText, values: Readonly<Record<string, string | number>>): LocalText {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
  return { en: sub(text.en), zh: sub(text.zh) };
}
