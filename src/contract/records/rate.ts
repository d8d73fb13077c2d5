// Role rates and people's roles, each from a date on (Tempo's convention: what is in effect on the day a
// worklog starts prices it). Zod-free (the browser imports it); the schemas are in rate-payloads.ts.

export type { RoleAssignment, RoleRate } from './rate-payloads';

export const RATE = { list: 'rate.list', save: 'rate.save', remove: 'rate.remove' } as const;
export const ROLE = { list: 'role.list', save: 'role.save', remove: 'role.remove' } as const;
