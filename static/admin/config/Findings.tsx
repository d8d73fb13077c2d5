// The findings of the open part in one list, each with a way to its input (or the nearest one shown):
// nothing the check found is hidden because no form shows its exact path.
import Button from '@atlaskit/button/new';
import type { SetupFinding } from '@contract/admin';
import { nearestInput } from './path';
import { useConfigText } from './texts';

function focus(path: string) {
  const id = nearestInput(path, (x) => document.getElementById(x) !== null);
  const el = id ? document.getElementById(id) : null;
  for (let p = el?.parentElement; p; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

export function Findings({ findings }: { readonly findings: readonly SetupFinding[] }) {
  const t = useConfigText();
  if (findings.length === 0) return null;
  return (
    <section className="cfg-findings" aria-labelledby="cfg-findings-title">
      <h3 id="cfg-findings-title">{t('problemsHere', { n: findings.length })}</h3>
      <ul>
        {findings.map((f, i) => (
          <li key={i} className={f.severity === 'blocking' ? 'cfg-error' : 'cfg-warning'}>
            <code>{f.path}</code> {f.message}{' '}
            <Button spacing="compact" appearance="subtle" onClick={() => focus(f.path)}>
              {t('showField')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
