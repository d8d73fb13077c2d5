// Each kind of change the app makes to Jira beyond its own `itr` property, on or off (zod-free: the admin
// page lists them too).

export const EFFECTS = [
  'priority',
  'labels',
  'comments',
  'notifications',
  'reassignment',
  'transitions',
  'problems',
  'ltc',
  'ipd',
  'links',
] as const;
export type Effect = (typeof EFFECTS)[number];
