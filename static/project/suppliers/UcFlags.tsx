// The UC-vs-SLA flags, in words: which policy, grade and goal, and the UC's minutes against the SLA's and
// the most the margin allows.
import type { UcFlag } from '@contract/records/supplier';
import type { SupplierText } from './texts';

export function flagText(f: UcFlag, t: SupplierText, resolutionGoal: string): string {
  if (f.kind === 'unknownPolicy') return t('unknownPolicy', { policy: f.policy });
  const goal = f.goal === resolutionGoal ? t('resolution') : t('response');
  const common = { policy: f.policy, grade: f.grade, goal, sla: f.slaMinutes, allowed: +f.allowedMinutes.toFixed(1) };
  return f.kind === 'looser' ? t('looser', { ...common, uc: f.ucMinutes }) : t('missing', common);
}

export function UcFlagList(p: {
  readonly flags: readonly UcFlag[];
  readonly t: SupplierText;
  readonly resolutionGoal: string;
}) {
  return (
    <ul className="flags">
      {p.flags.map((f, i) => (
        <li key={i}>{flagText(f, p.t, p.resolutionGoal)}</li>
      ))}
    </ul>
  );
}
