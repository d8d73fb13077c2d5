// Immutable edits of the configuration JSON by path, and the path strings the server's findings carry
// (the same rendering as src/domain/json-path.ts: weekly.1[0][1], overrides["2026-10-01"]).

export type Segment = string | number;
export type Path = readonly Segment[];

type Json = unknown;

const isRecord = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The value at `path`, or undefined when any step is missing. */
export function getAt(doc: Json, path: Path): Json {
  return path.reduce<Json>((node, seg) => {
    if (Array.isArray(node) && typeof seg === 'number') return node[seg];
    if (isRecord(node) && typeof seg === 'string') return node[seg];
    return undefined;
  }, doc);
}

/** A copy of `doc` with `value` at `path` (undefined removes an object key); missing steps are created
 * (an array for a numeric segment, an object otherwise). Untouched branches are shared, not copied. */
export function setAt<T>(doc: T, path: Path, value: Json): T {
  return step(doc, path, 0, value) as T;
}

function step(node: Json, path: Path, i: number, value: Json): Json {
  if (i === path.length) return value;
  const seg = path[i]!;
  const next = (child: Json) => step(child, path, i + 1, value);
  if (typeof seg === 'number') {
    const list: Json[] = Array.isArray(node) ? [...(node as Json[])] : [];
    list[seg] = next(list[seg]);
    return list;
  }
  const obj: Record<string, Json> = isRecord(node) ? node : {};
  const child = next(obj[seg]);
  // undefined removes the key (JSON has no undefined; the schema reads an absent key as "not set")
  const entries = Object.entries(obj).flatMap(([k, v]) =>
    k !== seg ? [[k, v]] : child === undefined ? [] : [[k, child]],
  );
  return Object.fromEntries(seg in obj || child === undefined ? entries : [...entries, [seg, child]]);
}

/** A copy with the array at `path` changed by `change` (the array is [] when absent). */
export function updateList<T>(doc: T, path: Path, change: (list: Json[]) => Json[]): T {
  const list = getAt(doc, path);
  return setAt(doc, path, change(Array.isArray(list) ? list : []));
}

/** `list` without item `index`. */
export const without = (list: readonly Json[], index: number): Json[] => list.filter((_, j) => j !== index);

/** `list` with item `index` moved by `by` places (clamped to the list). */
export function moved(list: readonly Json[], index: number, by: number): Json[] {
  const to = Math.min(Math.max(index + by, 0), list.length - 1);
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

/** A copy of the object at `path` with key `from` renamed to `to`, keeping key order; unchanged when `to`
 * is taken. */
export function renameKey<T>(doc: T, path: Path, from: string, to: string): T {
  const obj = getAt(doc, path);
  if (!isRecord(obj) || from === to || to in obj) return doc;
  return setAt(doc, path, Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v])));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$|^\d$/;

/** The path as the server writes it in a finding. */
export function pathText(path: Path): string {
  return path
    .map((seg, i) => {
      if (typeof seg === 'number') return `[${seg}]`;
      if (!IDENTIFIER.test(seg)) return `[${JSON.stringify(seg)}]`;
      return i === 0 ? seg : `.${seg}`;
    })
    .join('');
}

/** The HTML id of the input editing `path`: stable, and valid in a CSS selector. */
export const inputId = (path: Path | string): string =>
  `cfg-${(typeof path === 'string' ? path : pathText(path)).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '')}`;

/** Is `path` the finding's path or an ancestor of it? */
export function covers(path: string, findingPath: string): boolean {
  if (path === '') return true;
  if (!findingPath.startsWith(path)) return false;
  const rest = findingPath.charAt(path.length);
  return rest === '' || rest === '.' || rest === '[';
}

/** The nearest id on the page for a finding's path: its own input, else the closest ancestor's. */
export function nearestInput(findingPath: string, exists: (id: string) => boolean): string | undefined {
  let p = findingPath;
  for (;;) {
    if (exists(inputId(p))) return inputId(p);
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
}
