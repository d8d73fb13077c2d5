// A year of KPI facts for the demo's dashboard: the service desk's closed issues predate the app (its
// activation evaluates only open ones), so each is touched once (a label, by the service manager) and the
// issue trigger evaluates it, leaving its completed SLA cycles and OLA results as facts in the months they
// stopped. Two saved filters for the SLA gadget: the desk's incidents (shared with the project) and the
// manager's own P1/P2 issues.

import type { ForgeHost } from '../forge/host';
import { addFilter } from '../jira/routes/filters';
import type { Site } from '../jira/site';
import { PEOPLE } from './site-seed';

export const KPI_HISTORY_LABEL = 'kpi-history';

/** Evaluates the desk's issues the app has not seen; returns how many. */
export async function seedKpiHistory(host: ForgeHost, site: Site): Promise<number> {
  addFilter(site, {
    name: 'Service desk incidents',
    description: 'Incidents on the IT service desk',
    jql: 'project = SUP AND issuetype = Incident',
    owner: PEOPLE.manager,
    shares: [{ type: 'project', project: 'SUP' }],
  });
  addFilter(site, {
    name: 'Urgent service desk issues',
    jql: 'project = SUP AND itrGrade in (P1, P2)',
    owner: PEOPLE.manager,
    shares: [],
  });
  const unseen = [...site.issues.values()].filter((i) => i.project === 'SUP' && !i.properties.has('itr'));
  for (const i of unseen) site.update(i, { labels: [...i.labels, KPI_HISTORY_LABEL] }, PEOPLE.manager);
  await host.settle();
  return unseen.length;
}
