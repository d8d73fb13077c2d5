// Agents are the members of project roles (agents.ts): a scope project without any of the roles that
// stand for agents there would never see a first response met by anyone.

import type { SetupFinding } from '../../contract/admin';
import type { ConfigDoc } from '../../domain/config';
import { projectRoles } from '../../platform/jira/api';
import type { JiraClient } from '../../platform/jira/client';
import { agentRoles } from '../agents';

export async function agentRoleFindings(
  jira: JiraClient,
  doc: ConfigDoc,
  scope: ReadonlyArray<{ id: string; key: string; projectTypeKey?: string | undefined }>,
): Promise<SetupFinding[]> {
  const findings: SetupFinding[] = [];
  for (const p of scope) {
    const wanted = agentRoles(doc, p.projectTypeKey === 'service_desk');
    const roles = await projectRoles(jira, p.id);
    if (wanted.some((r) => roles.has(r))) continue;
    findings.push({
      path: doc.agents?.roles ? 'agents.roles' : 'scope.projects',
      severity: 'warning',
      code: 'agent-role-missing',
      message: `Project ${p.key} has none of the roles ${wanted.map((r) => `"${r}"`).join(', ')}: nobody's comment there would count as an agent's (name its agents' roles or groups in "agents").`,
    });
  }
  return findings;
}
