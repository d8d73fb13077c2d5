// Names and messages the product shows, in both of its languages.

export interface LocalText {
  readonly en: string;
  readonly zh: string;
}

type Value = string | number | LocalText;

// Templates are parsed once into literal parts and placeholder names: messages are filled per action.
const parsed = new Map<string, readonly string[]>();

function parts(template: string): readonly string[] {
  let p = parsed.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/); // even indexes: literal text; odd: placeholder names
    parsed.set(template, p);
  }
  return p;
}

function render(template: string, values: Readonly<Record<string, Value>>, lang: 'en' | 'zh'): string {
  const p = parts(template);
  if (p.length === 1) return template;
  let out = p[0]!;
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i]!;
    const v = values[name];
    out += (v === undefined ? `{${name}}` : typeof v === 'object' ? v[lang] : String(v)) + p[i + 1]!;
  }
  return out;
}

/** Fills {name} placeholders in both languages; a LocalText value supplies each language its own words. */
export function fill(text: LocalText, values: Readonly<Record<string, Value>>): LocalText {
  return { en: render(text.en, values, 'en'), zh: render(text.zh, values, 'zh') };
}
