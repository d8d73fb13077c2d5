// The error JQL compilation throws, worded as Jira words it so the app sees the messages it would in production.

export class JqlError extends Error {
  override readonly name = 'JqlError';
}

/** A syntax error at `offset` of `jql`, with Jira's 1-based line and character. */
export function syntaxError(jql: string, offset: number, detail: string): JqlError {
  const lineStart = offset === 0 ? 0 : jql.lastIndexOf('\n', offset - 1) + 1;
  const line = jql.slice(0, lineStart).split('\n').length;
  return new JqlError(`Error in the JQL Query: ${detail} (line ${line}, character ${offset - lineStart + 1})`);
}
