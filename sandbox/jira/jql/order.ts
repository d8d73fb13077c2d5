// ORDER BY as a comparator. Empty values sort as the greatest (last ascending, first descending); ties, and
// queries without ORDER BY, fall back to newest first: created DESC, then id DESC.

import type { OrderByField } from '@atlassianlabs/jql-ast';
import type { JqlIssue, JqlOptions } from '../jql';
import { resolveField, type Scalar } from './fields';

type Comparator = (a: JqlIssue, b: JqlIssue) => number;

const NEWEST_FIRST: readonly { key: (issue: JqlIssue) => readonly Scalar[]; sign: number }[] = [
  { key: (issue) => [issue.created], sign: -1 },
];

export function compileOrder(orderBy: readonly OrderByField[], options: JqlOptions): Comparator {
  const sorts =
    orderBy.length === 0
      ? NEWEST_FIRST
      : orderBy.map((sort) => ({
          key: resolveField(sort.field, options).sortKey,
          sign: sort.direction?.value === 'DESC' ? -1 : 1,
        }));
  return (a, b) => {
    for (const { key, sign } of sorts) {
      const order = compareKeys(key(a), key(b));
      if (order !== 0) return sign * order;
    }
    return b.id - a.id;
  };
}

function compareKeys(a: readonly Scalar[], b: readonly Scalar[]): number {
  if (a.length === 0 || b.length === 0) return (a.length === 0 ? 1 : 0) - (b.length === 0 ? 1 : 0);
  for (let i = 0; i < a.length && i < b.length; i++) {
    const order = compareScalars(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Numbers numerically and before strings; strings by code unit. */
function compareScalars(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
