// Atlassian Document Format at the edges: plain text out of descriptions, paragraphs into comments.

export interface AdfDoc {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: ReadonlyArray<{ type: 'paragraph'; content: ReadonlyArray<{ type: 'text'; text: string }> }>;
}

/** One paragraph per line; blank lines are dropped (ADF rejects empty text nodes). */
export function adfFromText(text: string): AdfDoc {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return {
    type: 'doc',
    version: 1,
    content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock', 'tableRow', 'panel']);

/** The text of any ADF node (or a plain string, as Jira's v2 fields give it), blocks on their own lines. */
export function textFromAdf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { type?: unknown; text?: unknown; content?: unknown; attrs?: { text?: unknown } };
  if (n.type === 'text' && typeof n.text === 'string') return n.text;
  if (n.type === 'mention' && typeof n.attrs?.text === 'string') return n.attrs.text;
  if (n.type === 'hardBreak') return '\n';
  const inner = Array.isArray(n.content) ? n.content.map(textFromAdf).join('') : '';
  return typeof n.type === 'string' && BLOCKS.has(n.type) ? `${inner}\n` : inner;
}
