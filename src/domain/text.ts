// Names and messages the product shows, in both of its languages.

import { wallClock } from './time/format';

export interface LocalText {
  readonly en: string;
  readonly zh: string;
}

/** A wall-clock reading to show: rendered in the zone given (the platform may use the reader's zone). */
export interface InstantValue {
  readonly instant: number;
  readonly zone: string;
}

type Value = string | number | LocalText;
export type MessageValue = Value | InstantValue;

/**
 * A message an action carries: a template in both languages and its values, rendered where it is shown
 * (in the reader's language and zone) rather than on every evaluation.
 */
export interface Message {
  readonly template: LocalText;
  readonly values: Readonly<Record<string, MessageValue>>;
}

export function message(template: LocalText, values: Readonly<Record<string, MessageValue>>): Message {
  return { template, values };
}

export function renderMessage(m: Message, lang: 'en' | 'zh', zone?: string): string {
  const values: Record<string, Value> = {};
  for (const [k, v] of Object.entries(m.values))
    values[k] = typeof v === 'object' && 'instant' in v ? wallClock(v.instant, zone ?? v.zone) : v;
  return render(m.template[lang], values, lang);
}

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
