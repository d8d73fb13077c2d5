// The SLA panel's resolver: function names and payloads, shared by src/ and the Custom UI.

import { z } from 'zod';

export const PANEL = {
  get: 'panel.get',
  escalate: 'panel.escalate',
  overrideResponsibility: 'panel.overrideResponsibility',
  requestSurvey: 'panel.requestSurvey',
} as const;

/** Every action carries a request id chosen by the UI, so a retried click acts once. */
const requestId = z.uuid();

export const escalatePayload = z.strictObject({
  requestId,
  reason: z.string().trim().min(1, 'Say why the issue needs the next tier.').max(1000),
});
export const overridePayload = z.strictObject({
  requestId,
  party: z.string().min(1),
  supplier: z.string().min(1).optional(),
  reason: z.string().trim().min(1, 'An override needs a reason.').max(1000),
});
export const surveyPayload = z.strictObject({ requestId });

export type EscalatePayload = z.infer<typeof escalatePayload>;
export type OverridePayload = z.infer<typeof overridePayload>;

export type PanelResult<T> =
  | { readonly ok: true; readonly data: T }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: 'forbidden' | 'invalid' | 'notFound' | 'busy' | 'inactive';
        readonly message: string;
      };
    };
