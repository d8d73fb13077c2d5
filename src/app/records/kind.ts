// A kind of relationship record (a customer, a contract, a supplier audit…): how the form's payload is
// checked, how it maps to its table's columns and back, and what its list can search, sort and filter on.
// The generic functions in ./service.ts and src/resolvers/project/record-functions.ts do the rest, so a
// new kind is one declaration.

import type { z } from 'zod';
import type { Changed } from '../../contract/records/changed';
import type { Param } from '../../platform/sql/records';

export type { Changed } from '../../contract/records/changed';

/** A refusal at a payload path ("contracts[0].ends": "ends before it starts"). */
export interface Refusal {
  readonly path: string;
  readonly message: string;
}

/** The project a call works in, and who makes it. */
export interface ProjectCall {
  readonly project: { readonly id: string; readonly key: string };
  readonly accountId: string;
  readonly now: number;
  /** Whether the caller administers the project (may change its records). */
  readonly canChange: boolean;
}

export interface RecordKind<T extends { readonly id: string }, Row, S extends string, F extends string> {
  /** Its functions are `${name}.list`, `${name}.save` and `${name}.remove`. */
  readonly name: string;
  readonly table: string;
  /** A whole record as the form sends it. */
  readonly payload: z.ZodType<T>;
  /** The row as SQL answers it. */
  readonly row: z.ZodType<Row>;
  readonly toColumns: (t: T) => Readonly<Record<string, Param>>;
  readonly fromRow: (r: Row) => T & Changed;
  /** Columns the list's search looks in. */
  readonly search: readonly string[];
  /** Sort keys and the column each sorts by; the first is the default. */
  readonly sort: { readonly [K in S]: string };
  readonly defaultSort: { readonly by: S; readonly dir: 'asc' | 'desc' };
  /** Equality filters and their columns. */
  readonly filters: { readonly [K in F]: string };
  /** What only the database can tell (the customer it names exists): refusals, none to save. */
  readonly check?: (t: T, call: ProjectCall) => Promise<readonly Refusal[]>;
  /** Why a record may not be removed now (a customer that still has users or contracts): refusals. */
  readonly removeCheck?: (id: string, call: ProjectCall) => Promise<readonly Refusal[]>;
  /** Runs after a save or removal (the rules engine's caches, reminders). */
  readonly afterWrite?: (call: ProjectCall) => Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds kinds of every shape
export type AnyRecordKind = RecordKind<any, any, string, string>;
