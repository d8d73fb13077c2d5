// The SLA panel's resolver. Payloads are parsed first; the caller's permission is checked by each use
// case before it reads or acts; failures come back as a result the UI can show, not as a thrown error.

import { z } from 'zod';
import { escalateTier, overrideResponsibility, panelView, PanelError, requestSurvey } from '../app/panel';
import { PANEL, type PanelResult } from '../contract/panel';
import { escalatePayload, feedbackLogPayload, overridePayload, surveyPayload } from '../contract/panel-payloads';
import { logFeedback } from '../app/feedback/panel-feedback';
import { resolverOf } from '../platform/resolver';

const context = z.looseObject({
  accountId: z.string().min(1),
  extension: z.looseObject({ issue: z.looseObject({ id: z.string().regex(/^\d+$/) }) }),
});

async function guarded<T>(
  rawContext: unknown,
  body: (issueId: string, accountId: string) => Promise<T>,
): Promise<PanelResult<T>> {
  const c = context.safeParse(rawContext);
  if (!c.success)
    return {
      ok: false,
      error: { code: 'invalid', message: 'The panel must be opened on an issue by a signed-in user.' },
    };
  try {
    return { ok: true, data: await body(c.data.extension.issue.id, c.data.accountId) };
  } catch (e) {
    if (e instanceof z.ZodError)
      return {
        ok: false,
        error: {
          code: 'invalid',
          message: e.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '),
          ...(e.issues[0]?.path.length ? { path: e.issues[0].path.join('.') } : {}),
        },
      };
    if (e instanceof PanelError)
      return { ok: false, error: { code: e.code, message: e.message, ...(e.path ? { path: e.path } : {}) } };
    throw e;
  }
}

export const panelResolver = resolverOf({
  [PANEL.get]: ({ context: c }) => guarded(c, (id) => panelView(id)),
  [PANEL.escalate]: ({ payload, context: c }) =>
    guarded(c, async (id, user) => {
      const p = escalatePayload.parse(payload);
      return escalateTier(id, user, p.requestId, p.reason);
    }),
  [PANEL.overrideResponsibility]: ({ payload, context: c }) =>
    guarded(c, async (id, user) => {
      const p = overridePayload.parse(payload);
      return overrideResponsibility(id, user, p.requestId, p.party, p.supplier, p.reason);
    }),
  [PANEL.requestSurvey]: ({ payload, context: c }) =>
    guarded(c, async (id, user) => {
      const p = surveyPayload.parse(payload);
      await requestSurvey(id, user, p.requestId);
      return null;
    }),
  [PANEL.logFeedback]: ({ payload, context: c }) =>
    guarded(c, (id, user) => logFeedback(id, user, feedbackLogPayload.parse(payload))),
});
