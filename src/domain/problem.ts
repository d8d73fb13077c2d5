// Incident to problem: N incidents on the same service or component within a window open a problem, or
// join the one already open, and link the incidents. The rule and its evidence are recorded.

import type { Action } from './actions';
import type { CompiledConfig } from './config/compile';
import type { Facts } from './facts';
import type { IssueInput, ProblemContext } from './issue';
import { message } from './text';

export interface ProblemVerdict {
  readonly rule: string;
  readonly scope: string; // "service:erp" or "component:Printer"
  readonly incidents: readonly string[]; // keys in the window, this one included
  readonly problem: string | null; // key of the open problem joined
}

export function detectProblem(
  cfg: CompiledConfig,
  issue: IssueInput,
  facts: Facts,
  components: readonly string[],
  ctx: ProblemContext | undefined,
): { verdict: ProblemVerdict | null; actions: Action[] } {
  if (!ctx) return { verdict: null, actions: [] };
  for (const rule of cfg.doc.problems) {
    if (!rule.serviceTypes.includes(facts.serviceType)) continue;
    const windowMs = rule.windowMinutes * 60_000;
    const scopes = rule.scope === 'service' ? (facts.service ? [facts.service] : []) : components;
    for (const value of scopes) {
      const scope = `${rule.scope}:${value}`;
      const inWindow = ctx.incidents
        .filter((i) => i.key !== issue.key && i.created <= issue.created && i.created > issue.created - windowMs)
        .filter((i) => (rule.scope === 'service' ? i.service === value : i.components.includes(value)))
        .sort((a, b) => a.created - b.created || a.key.localeCompare(b.key));
      if (inWindow.length + 1 < rule.count) continue;
      const incidents = [...inWindow.map((i) => i.key), issue.key];
      const open = ctx.openProblems.find((p) => p.rule === rule.id && p.scope === scope);
      const verdict: ProblemVerdict = { rule: rule.id, scope, incidents, problem: open?.key ?? null };
      if (open) {
        return {
          verdict,
          actions: [
            {
              type: 'link',
              purpose: 'problem',
              to: open.key,
              linkType: rule.linkType,
              key: `problem:join:${open.key}`,
              group: `problem:join:${open.key}`,
              dueAt: issue.created,
            },
          ],
        };
      }
      const values = { n: incidents.length, scope: value, window: rule.windowMinutes, list: incidents.join(', ') };
      return {
        verdict,
        actions: [
          {
            type: 'createIssue',
            purpose: 'problem',
            project: rule.project,
            issueType: rule.issueType,
            linkType: rule.linkType,
            summary: message({ en: 'Problem: {n} incidents on {scope}', zh: '问题:{scope} 上发生 {n} 起事件' }, values),
            description: message(
              {
                en: 'Opened by rule "{rule}": {n} incidents on {scope} within {window} minutes: {list}.',
                zh: '由规则“{rule}”创建:{window} 分钟内 {scope} 上发生 {n} 起事件:{list}。',
              },
              { ...values, rule: rule.id },
            ),
            alsoLink: inWindow.map((i) => i.key),
            // One problem per rule, scope and first incident of the window, whichever incident asks first.
            key: `problem:${rule.id}:${scope}:${incidents[0]!}`,
            group: `problem:${rule.id}:${scope}:${incidents[0]!}`,
            dueAt: issue.created,
          },
        ],
      };
    }
  }
  return { verdict: null, actions: [] };
}
