// The draft as JSON text: pretty-printed as JSON.stringify(doc, null, 2) does, parsed back with the
// place of a syntax error, and the line of a JSON path (a finding's `sla.policies[1].targets`) in it.

export const pretty = (doc: unknown): string => JSON.stringify(doc, null, 2);

export type Parsed =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | {
      readonly ok: false;
      /** A syntax error (the engine's message in `detail`), or valid JSON that is not an object. */
      readonly kind: 'syntax' | 'notObject';
      readonly detail: string;
      readonly line: number;
      readonly column: number;
    };

export function parseDoc(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = errorOffset(text, message);
    const before = text.slice(0, at).split('\n');
    return { ok: false, kind: 'syntax', detail: message, line: before.length, column: before.at(-1)!.length + 1 };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, kind: 'notObject', detail: '', line: 1, column: 1 };
  return { ok: true, value: value as Record<string, unknown> };
}

/** Whether JSON.parse reads this text to its end without a fault before it (complete, or cut short). */
function viable(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    const at = /position (\d+)/.exec(message);
    return /end of JSON input/.test(message) || (at !== null && Number(at[1]) >= prefix.length);
  }
}

/** Where the syntax error is: V8 names the offset in most messages ("… at position 120"); for the others
 * (an unexpected token), the shortest prefix that is already wrong, found by halving. */
function errorOffset(text: string, message: string): number {
  const named = /position (\d+)/.exec(message);
  if (named) return Number(named[1]);
  let ok = 0;
  let wrong = text.length;
  while (wrong - ok > 1) {
    const mid = (ok + wrong) >> 1;
    if (viable(text.slice(0, mid))) ok = mid;
    else wrong = mid;
  }
  return wrong - 1;
}

/** `a.b[1].c` as keys and indexes. */
export function pathSegments(path: string): Array<string | number> {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** 0-based line of the deepest part of `path` that `value` has, in pretty(value). */
export function lineOfPath(value: unknown, path: string): number {
  const target = pathSegments(path);
  let line = 0;
  let best = { depth: 0, line: 0 };
  const walk = (v: unknown, depth: number, onPath: boolean) => {
    if (onPath && depth > best.depth) best = { depth, line };
    const entries: Array<[string | number, unknown]> = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : typeof v === 'object' && v !== null
        ? Object.entries(v).filter(([, x]) => x !== undefined)
        : [];
    if (entries.length === 0) return;
    for (const [k, x] of entries) {
      line++;
      walk(x, depth + 1, onPath && target[depth] === k);
    }
    line++; // the closing bracket
  };
  walk(value, 0, true);
  return best.line;
}

/** Offsets of the start and end of a 0-based line. */
export function lineRange(text: string, line: number): readonly [number, number] {
  const lines = text.split('\n');
  const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return [start, start + (lines[line]?.length ?? 0)];
}
