// The paths that differ between two versions, with their old and new values.
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { jsonDiff, type JsonChange } from '@contract/json-diff';
import { useHistoryText } from './texts';
import type { Pair } from './useVersions';

const MAX_VALUE = 160; // characters of a value shown; the rest is cut with an ellipsis
const APPEARANCE = { added: 'success', removed: 'removed', changed: 'inprogress' } as const;

const shown = (v: unknown) => {
  if (v === undefined) return '∅';
  const s = JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
};

export function VersionDiff({ pair }: { readonly pair: Pair | null }) {
  const t = useHistoryText();
  if (!pair || pair.state === 'loading') return <Spinner label={t('loading')} />;
  if (pair.state === 'failed')
    return (
      <SectionMessage appearance="error">
        <p>{t('failed', { message: pair.message })}</p>
      </SectionMessage>
    );
  const changes: JsonChange[] = jsonDiff(pair.from.doc, pair.to.doc);
  if (changes.length === 0) return <p>{t('same')}</p>;
  return (
    <>
      <p role="status">{t('changes', { n: changes.length })}</p>
      <table className="grid diff">
        <thead>
          <tr>
            <th scope="col">{t('path')}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('values')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.path} data-path={c.path} data-kind={c.kind}>
              <td className="mono">{c.path || '$'}</td>
              <td>
                <Lozenge appearance={APPEARANCE[c.kind]}>{t(c.kind)}</Lozenge>
              </td>
              <td className="mono">
                {c.kind === 'added'
                  ? shown(c.after)
                  : c.kind === 'removed'
                    ? shown(c.before)
                    : `${shown(c.before)} → ${shown(c.after)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
