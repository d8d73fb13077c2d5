// The actions of one page: when, on which issue, what, what came of it and Jira's message.
import Lozenge from '@atlaskit/lozenge';
import type { ActionOutcome, ActivityAction } from '@contract/admin';
import { instant } from '../../shared/format';
import { useText } from '../../shared/i18n';
import { useActivityText } from './texts';

const APPEARANCE: Record<ActionOutcome, 'success' | 'default' | 'removed' | 'inprogress'> = {
  done: 'success',
  skipped: 'default',
  refused: 'removed',
  pending: 'inprogress',
};

export function ActionTable({ actions }: { readonly actions: readonly ActivityAction[] }) {
  const t = useActivityText();
  const text = useText();
  return (
    <table className="grid">
      <thead>
        <tr>
          <th scope="col">{t('when')}</th>
          <th scope="col">{t('issue')}</th>
          <th scope="col">{t('action')}</th>
          <th scope="col">{t('outcome')}</th>
          <th scope="col">{t('message')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={`${a.issueId} ${a.action}`} data-outcome={a.outcome}>
            <td>{instant(a.at, text)}</td>
            <td>{a.issueKey ?? a.issueId}</td>
            <td className="mono small">{a.action}</td>
            <td>
              <Lozenge appearance={APPEARANCE[a.outcome]}>{t(a.outcome)}</Lozenge>
            </td>
            <td className="detail">{a.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
