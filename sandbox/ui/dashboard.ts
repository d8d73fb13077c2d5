// The sandbox's one Jira dashboard: the gadgets on it (the app's dashboard-gadget modules), each with the
// settings its edit view saved through view.submit, as Jira keeps them. Its owner (the service manager)
// and the Jira admin may add, edit and remove gadgets; everyone else only looks.

import { randomUUID } from 'node:crypto';
import { PEOPLE } from '../demo/site-seed';

export const DASHBOARD_ID = '1';
export const DASHBOARD_PATH = `/jira/dashboards/${DASHBOARD_ID}`;
const EDITORS: readonly string[] = [PEOPLE.manager, PEOPLE.admin];

export interface Gadget {
  readonly id: string;
  readonly module: string;
  /** What the gadget's edit view last submitted; null until then (the gadget shows its defaults). */
  config: Record<string, unknown> | null;
}

export class Dashboard {
  readonly gadgets: Gadget[] = [];

  constructor(modules: readonly string[]) {
    for (const m of modules) this.add(m);
  }

  mayEdit = (accountId: string): boolean => EDITORS.includes(accountId);

  add(module: string): Gadget {
    const g: Gadget = { id: randomUUID().slice(0, 8), module, config: null };
    this.gadgets.push(g);
    return g;
  }

  get = (id: string): Gadget | undefined => this.gadgets.find((g) => g.id === id);

  remove(id: string): void {
    const i = this.gadgets.findIndex((g) => g.id === id);
    if (i >= 0) this.gadgets.splice(i, 1);
  }

  /** Jira reads `refresh` (minutes) from the saved settings for the gadget's refresh interval. */
  static refreshOf(g: Gadget): number {
    const r = g.config?.['refresh'];
    return typeof r === 'number' && r > 0 ? r : 0;
  }
}
