// Complaints and praise on the project page: the list carries each complaint's handling clock, and a save
// checks the linked issue as the caller and feeds the rules engine; removal is the generic one. The
// communication log's list names each contact's party.

import { z } from 'zod';
import { listFeedback } from '../../app/feedback/list-feedback';
import { saveFeedback } from '../../app/feedback/save-feedback';
import { listContacts } from '../../app/feedback/list-contacts';
import { contactKind } from '../../app/records/contact';
import { feedbackKind } from '../../app/records/feedback';
import { CONTACT } from '../../contract/records/contact';
import { FEEDBACK } from '../../contract/records/feedback';
import { feedbackPayload } from '../../contract/records/feedback-payloads';
import { listPayload } from '../../contract/project-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { projectFunction, Refused } from './project-function';
import { recordFunctions } from './record-functions';

export const FEEDBACK_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  ...recordFunctions(feedbackKind),
  [FEEDBACK.list]: projectFunction(
    'read',
    listPayload(['received', 'status'], Object.keys(feedbackKind.filters)),
    (q, call) => listFeedback(call, q),
  ),
  [FEEDBACK.save]: projectFunction('change', z.strictObject({ record: feedbackPayload }), async (p, call) => {
    const r = await saveFeedback(call, p.record);
    if (!r.ok) throw new Refused('invalid', r.refusal.message, `record.${r.refusal.path}`);
    return r.record;
  }),
  ...recordFunctions(contactKind),
  [CONTACT.list]: projectFunction('read', listPayload(['at', 'kind'], Object.keys(contactKind.filters)), (q, call) =>
    listContacts(call, q),
  ),
};
