// Where a project's reports go. The target project and its issue type are checked as the user who saves
// them (they must see the project, and it must offer the type); unsaved, a project's reports would go to
// the project itself as a 'Task' (or its first non-subtask type) and stay off.

import type { ReportSettings, ReportSettingsView } from '../../contract/records/report';
import { projectsWith } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { reportSettings, saveReportSettings } from '../../platform/sql/reports';
import type { ProjectCall, Refusal } from '../records/kind';

async function issueTypesOf(projectKey: string): Promise<string[] | null> {
  const [p] = await projectsWith(new JiraClient({ as: 'user' }), 'keys', [projectKey]);
  if (!p) return null;
  return (p.issueTypes ?? []).filter((t) => (t as { subtask?: unknown }).subtask !== true).map((t) => t.name);
}

export async function settingsView(call: ProjectCall): Promise<ReportSettingsView> {
  const saved = await reportSettings(call.project.id);
  if (saved)
    return {
      saved: true,
      settings: {
        enabled: saved.enabled === 1,
        targetProject: saved.target_project,
        issueType: saved.issue_type,
        recipient: saved.recipient,
      },
    };
  const types = (await issueTypesOf(call.project.key)) ?? [];
  return {
    saved: false,
    settings: {
      enabled: false,
      targetProject: call.project.key,
      issueType: types.includes('Task') ? 'Task' : (types[0] ?? 'Task'),
      recipient: null,
    },
  };
}

async function refusals(s: ReportSettings): Promise<Refusal | null> {
  const types = await issueTypesOf(s.targetProject);
  if (types === null) return { path: 'targetProject', message: `There is no project ${s.targetProject} you can see.` };
  if (!types.includes(s.issueType))
    return {
      path: 'issueType',
      message: `${s.targetProject} has no issue type '${s.issueType}' (it has ${types.join(', ') || 'none'}).`,
    };
  return null;
}

/** Saves the settings, or names the field at fault and saves nothing. */
export async function saveSettings(call: ProjectCall, s: ReportSettings): Promise<Refusal | ReportSettingsView> {
  const refused = await refusals(s);
  if (refused) return refused;
  await saveReportSettings(
    {
      project_id: call.project.id,
      project_key: call.project.key,
      enabled: s.enabled ? 1 : 0,
      target_project: s.targetProject,
      issue_type: s.issueType,
      recipient: s.recipient,
    },
    call.now,
    call.accountId,
  );
  return { saved: true, settings: s };
}
