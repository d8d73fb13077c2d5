// Opening a gadget call: the projects it reads, asked of Jira as the viewer. A gadget that names projects
// reads those the viewer may browse and is refused if any is hidden from them; one that names none reads
// every project the viewer may browse. The month window is read where the service works.

import { monthsBack, type Month } from '../domain/months';
import { allProjects, projectsWith } from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';
import { ensureSchema } from '../platform/sql/schema';
import { serviceZone } from './service-zone';

export interface GadgetCall {
  readonly accountId: string;
  readonly now: number;
  /** The projects read, each one the viewer may browse (keys, sorted). */
  readonly projects: readonly string[];
  /** The months shown, oldest first, in the service's zone. */
  readonly months: readonly Month[];
  readonly zone: string;
}

export type Opened =
  { readonly ok: true; readonly call: GadgetCall } | { readonly ok: false; readonly hidden: string[] };

export async function openGadget(
  accountId: string,
  now: number,
  asked: readonly string[],
  months: number,
): Promise<Opened> {
  const jira = new JiraClient({ as: 'user' });
  const visible = (asked.length === 0 ? await allProjects(jira) : await projectsWith(jira, 'keys', asked)).map(
    (p) => p.key,
  );
  const hidden = asked.filter((k) => !visible.includes(k));
  if (hidden.length > 0) return { ok: false, hidden };
  await ensureSchema();
  const zone = await serviceZone();
  return {
    ok: true,
    call: { accountId, now, projects: [...visible].sort(), months: monthsBack(now, zone, months), zone },
  };
}
