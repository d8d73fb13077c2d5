// Atlassian Document Format as Jira checks it on a rich-text field (description, comment body): the node
// types of ADF's JSON schema that the app writes and their nesting rules, tables included (a table holds
// rows, a row holds header or data cells, a cell holds blocks). Anything else is Jira's 400.

type Node = Record<string, unknown>;

const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'date', 'status']);
const LIST = new Set(['bulletList', 'orderedList']);
/** Blocks a table cell or list item may hold (no nested tables). */
const CELL_BLOCKS = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'codeBlock',
  'rule',
  'blockquote',
  'panel',
]);
const TOP_BLOCKS = new Set([...CELL_BLOCKS, 'table']);
const MARKS = new Set(['strong', 'em', 'code', 'strike', 'underline', 'link', 'textColor', 'subsup']);
const KEYS = new Set(['type', 'content', 'attrs', 'marks', 'text']);

/** Where the first departure from ADF is ("content[3].content[0]: …"), or null for a valid document. */
export function adfError(doc: unknown): string | null {
  if (!isNode(doc) || doc['type'] !== 'doc') return 'the document is not an object of type "doc"';
  if (doc['version'] !== 1) return 'version: must be 1';
  const extra = Object.keys(doc).filter((k) => k !== 'type' && k !== 'version' && k !== 'content');
  if (extra.length) return `unknown property ${extra[0]!}`;
  return children(doc, '', TOP_BLOCKS, 0);
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function children(parent: Node, path: string, allowed: ReadonlySet<string>, min: number): string | null {
  const content = parent['content'];
  if (content === undefined && min === 0) return null;
  if (!Array.isArray(content)) return `${path}content: must be an array`;
  if (content.length < min) return `${path}content: must hold at least ${min} node(s)`;
  for (let i = 0; i < content.length; i++) {
    const at = `${path}content[${i}]`;
    const n: unknown = content[i];
    if (!isNode(n) || typeof n['type'] !== 'string') return `${at}: not a node`;
    if (!allowed.has(n['type'])) return `${at}: a ${n['type']} node is not allowed here`;
    const e = node(n, `${at}.`);
    if (e) return e;
  }
  return null;
}

function node(n: Node, path: string): string | null {
  const extra = Object.keys(n).filter((k) => !KEYS.has(k));
  if (extra.length) return `${path}${extra[0]!}: unknown property`;
  if (n['attrs'] !== undefined && !isNode(n['attrs'])) return `${path}attrs: must be an object`;
  const attrs = n['attrs'] ?? {};
  if (n['type'] !== 'text' && n['marks'] !== undefined) return `${path}marks: only text has marks`;
  switch (n['type']) {
    case 'text': {
      if (typeof n['text'] !== 'string' || n['text'] === '') return `${path}text: must be a non-empty string`;
      const marks = n['marks'] ?? [];
      if (!Array.isArray(marks)) return `${path}marks: must be an array`;
      for (const m of marks as unknown[])
        if (!isNode(m) || typeof m['type'] !== 'string' || !MARKS.has(m['type'])) return `${path}marks: unknown mark`;
      return n['content'] === undefined ? null : `${path}content: text has no content`;
    }
    case 'paragraph':
      return children(n, path, INLINE, 0);
    case 'heading': {
      const level = attrs['level'];
      if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 6)
        return `${path}attrs.level: must be 1 to 6`;
      return children(n, path, INLINE, 0);
    }
    case 'bulletList':
    case 'orderedList':
      return children(n, path, new Set(['listItem']), 1);
    case 'listItem':
      return children(n, path, new Set(['paragraph', 'codeBlock', ...LIST]), 1);
    case 'blockquote':
      return children(n, path, new Set(['paragraph', ...LIST, 'codeBlock']), 1);
    case 'panel':
      return children(n, path, new Set(['paragraph', 'heading', ...LIST]), 1);
    case 'codeBlock':
      return children(n, path, new Set(['text']), 0);
    case 'table':
      return children(n, path, new Set(['tableRow']), 1);
    case 'tableRow':
      return children(n, path, new Set(['tableHeader', 'tableCell']), 1);
    case 'tableHeader':
    case 'tableCell':
      return children(n, path, CELL_BLOCKS, 1);
    case 'rule':
    case 'hardBreak':
      return n['content'] === undefined ? null : `${path}content: a ${n['type']} has no content`;
    default:
      // mention, emoji, inlineCard, date, status: leaf nodes carried by their attrs.
      return n['content'] === undefined ? null : `${path}content: a ${String(n['type'])} has no content`;
  }
}
