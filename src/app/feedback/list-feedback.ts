// The complaints and praise list: the generic page of records, each with its handling clock and the
// praised engineer's display name.

import type { ListPage } from '../../contract/project';
import type { ListInput } from '../../contract/project-payloads';
import type { FeedbackItem } from '../../contract/records/feedback';
import { displayNames } from '../people-names';
import { feedbackKind } from '../records/feedback';
import type { ProjectCall } from '../records/kind';
import { listRecords } from '../records/service';
import { complaintClocks } from './complaint-clocks';

export async function listFeedback(call: ProjectCall, q: ListInput): Promise<ListPage<FeedbackItem>> {
  const page = await listRecords(feedbackKind, call, q);
  // The rows as feedbackKind.fromRow made them (listRecords types them as the payload's fields only).
  const items = page.items as ReadonlyArray<ReturnType<typeof feedbackKind.fromRow>>;
  const clocks = await complaintClocks(call, items);
  const names = await displayNames(items.map((f) => f.engineer));
  return {
    ...page,
    items: items.map((f, i) => ({
      ...f,
      engineerName: f.engineer ? (names.get(f.engineer) ?? null) : null,
      clock: clocks[i] ?? null,
    })),
  };
}
