// The configuration document's types for the admin page's forms (types only: the schema's zod stays on the
// server).

export type { ActionTemplate, ConfigInput, EventCondition, Match, StateCondition } from '../domain/config/schema';
