// Resolver definitions for Custom UI's invoke(): each function gets the payload and the invocation's
// context (the app layer parses both).

import Resolver from '@forge/resolver';

export type ResolverFunction = (request: { payload: unknown; context: unknown }) => Promise<unknown>;

export function resolverOf(
  functions: Readonly<Record<string, ResolverFunction>>,
): ReturnType<Resolver['getDefinitions']> {
  const r = new Resolver();
  for (const [key, fn] of Object.entries(functions)) r.define(key, ({ payload, context }) => fn({ payload, context }));
  return r.getDefinitions();
}
