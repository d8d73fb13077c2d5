// JQL parsed by Atlassian's own grammar (@atlassianlabs/jql-parser, the ANTLR grammar of Jira's JQL editor) into
// its syntax tree (@atlassianlabs/jql-ast). The first syntax error the grammar reports becomes Jira's message.

import { JastBuilder, type Query } from '@atlassianlabs/jql-ast';
import { JQLParser } from '@atlassianlabs/jql-parser';
import { syntaxMessage, type SyntaxFault } from './syntax-errors';

type ErrorListener = Parameters<JastBuilder['setErrorListeners']>[0][number];

/** The query's syntax tree; throws JqlError, worded as Jira words it, where the grammar refuses the text. */
export function parseJql(jql: string): Query {
  let fault: SyntaxFault | undefined;
  const listener: ErrorListener = {
    syntaxError: (recognizer, token) => {
      if (fault || !(recognizer instanceof JQLParser) || !token) return;
      fault = {
        type: token.type,
        text: token.text ?? '',
        at: token.startIndex,
        expected: recognizer.getExpectedTokens().toArray(),
        rule: recognizer.context.ruleIndex,
      };
    },
  };
  const jast = new JastBuilder().setErrorListeners([listener]).build(jql);
  if (fault) throw syntaxMessage(jql, fault);
  if (!jast.query || jast.errors.length > 0)
    throw new Error(`The JQL grammar failed on '${jql}': ${String(jast.errors[0])}`);
  return jast.query;
}
