// Operands as the evaluator reads them off the grammar's syntax tree: lists flattened (JQL allows nested lists),
// literal text decoded, and each node's text as written, for messages.

import type { AstNode, Operand as JastOperand } from '@atlassianlabs/jql-ast';
import { unquote } from './literals';

export interface ValueOperand {
  readonly kind: 'value';
  readonly text: string;
  readonly quoted: boolean;
  readonly raw: string;
}
export interface FunctionOperand {
  readonly kind: 'function';
  readonly name: string;
  readonly args: readonly string[];
  readonly raw: string;
}
export interface EmptyOperand {
  readonly kind: 'empty';
  readonly raw: string;
}
export type Operand = ValueOperand | FunctionOperand | EmptyOperand;

/** The text of `node` as written in `jql`. */
export const written = (jql: string, node: AstNode): string =>
  node.position ? jql.slice(node.position[0], node.position[1]) : '';

export function operands(jql: string, operand: JastOperand): Operand[] {
  const raw = written(jql, operand);
  switch (operand.operandType) {
    case 'list':
      return operand.values.flatMap((value) => operands(jql, value));
    case 'keyword':
      return [{ kind: 'empty', raw }];
    case 'value':
      return [{ kind: 'value', text: unquote(operand.text), quoted: /^["']/.test(operand.text), raw }];
    case 'function':
      return [
        {
          kind: 'function',
          name: unquote(operand.function.text),
          args: operand.arguments.map((arg) => unquote(arg.text)),
          raw,
        },
      ];
  }
}
