// The findings of the last check at one input (or one list item), announced with it: the input points at
// this list with aria-describedby and is marked aria-invalid while it has an error.
import type { SetupFinding } from '@contract/admin';
import { useConfigText } from './texts';

export function Errors({ id, findings }: { readonly id: string; readonly findings: readonly SetupFinding[] }) {
  const t = useConfigText();
  if (findings.length === 0) return null;
  return (
    <ul className="cfg-errors" id={id}>
      {findings.map((f, i) => (
        <li key={i} className={f.severity === 'blocking' ? 'cfg-error' : 'cfg-warning'}>
          <strong>{t(f.severity === 'blocking' ? 'error' : 'warning')}</strong> {f.message}
        </li>
      ))}
    </ul>
  );
}
