// Who acts for the service: the members of a project role or group the configuration names (by default
// JSM's Service Desk Team in a service desk, the project's Administrators and Developers elsewhere). Role
// members are read once a day per project; a comment's author who is not a member directly counts when
// one of their groups is in the role or named by the configuration.

import { z } from 'zod';
import type { ConfigDoc } from '../domain/config/schema';
import { projectRoles, roleActors } from '../platform/jira/api';
import type { JiraClient } from '../platform/jira/client';
import { setSiteValue, siteValue } from '../platform/sql/store';
import { userGroupsCached } from './groups';

const DAY = 86_400_000;
const cachedMembers = z.object({ at: z.number(), accounts: z.array(z.string()), groups: z.array(z.string()) });

const SERVICE_DESK_ROLES = ['Service Desk Team'];
const OTHER_ROLES = ['Administrators', 'Developers'];

type Members = z.infer<typeof cachedMembers>;
/** Within one run (one client), a project's members are read from SQL once, not once per issue. */
const inRun = new WeakMap<JiraClient, Map<string, Promise<Members>>>();

/** The roles whose members are agents in a project: the configuration's, or JSM's and Jira's defaults. */
export const agentRoles = (doc: ConfigDoc, serviceDesk: boolean): readonly string[] =>
  doc.agents?.roles ?? (serviceDesk ? SERVICE_DESK_ROLES : OTHER_ROLES);

function members(jira: JiraClient, doc: ConfigDoc, projectId: string, serviceDesk: boolean, now: number) {
  const roles = agentRoles(doc, serviceDesk);
  const name = `agents:${projectId}:${roles.join('|')}`;
  let run = inRun.get(jira);
  if (!run) inRun.set(jira, (run = new Map<string, Promise<Members>>()));
  let found = run.get(name);
  if (!found) run.set(name, (found = readMembers(jira, projectId, roles, name, now)));
  return found;
}

async function readMembers(
  jira: JiraClient,
  projectId: string,
  roles: readonly string[],
  name: string,
  now: number,
): Promise<Members> {
  const stored = await siteValue(name);
  const hit = stored === undefined ? undefined : cachedMembers.parse(JSON.parse(stored));
  if (hit && now - hit.at < DAY) return hit;
  const ids = await projectRoles(jira, projectId);
  const accounts = new Set<string>();
  const groups = new Set<string>();
  for (const role of roles) {
    const id = ids.get(role);
    if (id === undefined) continue; // a role this project does not have: nobody is an agent through it
    const actors = await roleActors(jira, projectId, id);
    for (const a of actors.accounts) accounts.add(a);
    for (const g of actors.groups) if (g.name !== undefined) groups.add(g.name);
  }
  const fresh = { at: now, accounts: [...accounts], groups: [...groups] };
  await setSiteValue(name, JSON.stringify(fresh));
  return fresh;
}

/** The authors among `authors` who act for the service in this project. */
export async function agentsAmong(
  jira: JiraClient,
  doc: ConfigDoc,
  project: { id: string; serviceDesk: boolean },
  authors: readonly string[],
  now: number,
): Promise<Set<string>> {
  const out = new Set<string>();
  if (authors.length === 0) return out;
  const m = await members(jira, doc, project.id, project.serviceDesk, now);
  const direct = new Set(m.accounts);
  const agentGroups = new Set([...m.groups, ...(doc.agents?.groups ?? [])]);
  const rest = authors.filter((a) => !direct.has(a));
  for (const a of authors) if (direct.has(a)) out.add(a);
  if (rest.length > 0 && agentGroups.size > 0) {
    const groups = await userGroupsCached(jira, rest, now);
    for (const a of rest) if (groups.get(a)?.some((g) => agentGroups.has(g))) out.add(a);
  }
  return out;
}
