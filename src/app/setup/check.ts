// admin.checkSetup: a draft configuration checked against the Jira site before it is activated. Its shape
// first (nothing is read from the site for an invalid document), then every name it gives to something on
// the site, with a JSON path per finding; custom fields and groups come back resolved to their ids.

import type { SetupCheck, SetupFinding, SetupReport } from '../../contract/admin';
import { validateConfig, type ConfigDoc } from '../../domain/config';
import { EFFECTS } from '../../domain/config/schema';
import * as api from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { projectsJql } from '../scope';
import { agentRoleFindings } from './agent-roles';
import { customerFindings } from './customers';
import { holidayFindings } from './holidays';
import { references } from './references';
import { siteFindings, type SiteFacts } from './site-findings';

const none: SetupCheck['resolved'] = { fields: {}, groups: {} };

/** The check, and the parsed document when its shape is valid. */
export async function checkConfig(
  input: unknown,
  now: number,
): Promise<{ check: SetupCheck; config: ConfigDoc | null }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return invalid([{ path: '', message: 'The configuration must be a JSON object.' }]);
  const valid = validateConfig({ version: 0, ...input }); // a draft has no version until activated
  if (!valid.ok) return invalid(valid.issues);
  const doc = valid.config;

  // Read as the app, not as the admin: what the app can see is what it will work with.
  const jira = new JiraClient({ as: 'app' });
  const refs = references(doc);
  const scope = doc.scope.projects.length > 0 ? await api.projectsWith(jira, 'id', doc.scope.projects) : [];
  const keys = new Set([...refs.creations.map((c) => c.project), ...refs.criteria.flatMap((c) => c.projects ?? [])]);
  for (const p of scope) keys.delete(p.key);
  const [named, fields, statuses, linkTypes, groups, jqlErrors] = await Promise.all([
    keys.size > 0 ? api.projectsWith(jira, 'keys', [...keys]) : [],
    api.fields(jira),
    api.statuses(jira),
    refs.linkTypes.length > 0 ? api.issueLinkTypes(jira) : [],
    refs.groups.length > 0
      ? api.groupsByName(
          jira,
          refs.groups.map((g) => g.name),
        )
      : [],
    doc.scope.jql === undefined ? [] : api.jqlErrors(jira, doc.scope.jql),
  ]);
  const facts: SiteFacts = { scope, named, fields, statuses, linkTypes, groups };
  const site = siteFindings(doc, refs, facts);
  const findings: SetupFinding[] = [
    ...site.findings,
    ...jqlErrors.map((message) => ({
      path: 'scope.jql',
      severity: 'blocking' as const,
      code: 'scope-jql' as const,
      message: `Jira cannot run this JQL: ${message}`,
    })),
    ...holidayFindings(doc, now),
    ...(await agentRoleFindings(jira, doc, scope)),
    ...(await customerFindings(doc, scope)),
  ];
  const countable = scope.length > 0 && jqlErrors.length === 0;
  const report: SetupReport = {
    scope: {
      projects: scope.map((p) => ({ id: p.id, key: p.key, name: p.name })),
      ...(doc.scope.jql === undefined ? {} : { jql: doc.scope.jql }),
      // By keys, so the JQL Jira counts reads as the admin would write it.
      approximateIssues: countable
        ? await api.approximateCount(
            jira,
            projectsJql(
              scope.map((p) => p.key),
              doc.scope.jql,
            ),
          )
        : null,
    },
    effectsOn: EFFECTS.filter((e) => doc.effects[e]),
  };
  return { check: { findings: sorted(findings), resolved: site.resolved, report }, config: doc };
}

export async function checkSetup(input: unknown, now: number): Promise<SetupCheck> {
  return (await checkConfig(input, now)).check;
}

function invalid(issues: ReadonlyArray<{ path: string; message: string }>) {
  const findings = issues.map((i) => ({ ...i, severity: 'blocking' as const, code: 'invalid' as const }));
  return { check: { findings, resolved: none, report: null }, config: null };
}

/** Blocking findings first, each group in document order. */
const sorted = (fs: readonly SetupFinding[]) =>
  [...fs].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
