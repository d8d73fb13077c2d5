// Versions: every activated configuration (when, by whom), and what changed between any two.
import type { SectionProps } from '../AdminPage';
import { useState } from 'react';
import { useText } from '../../shared/i18n';
import { instant } from '../../shared/format';
import { VersionDiff } from './VersionDiff';
import { useHistoryText } from './texts';
import { useVersionPair } from './useVersions';
import '../tables.css';

export default function HistorySection({ draft }: SectionProps) {
  const t = useHistoryText();
  const text = useText();
  const versions = draft.loaded?.ok ? draft.loaded.data.versions : [];
  const latest = versions.at(-1)?.version ?? null;
  const [from, setFrom] = useState<number | null>(versions.at(-2)?.version ?? null);
  const [to, setTo] = useState<number | null>(latest);
  const pair = useVersionPair(from, to);
  if (versions.length === 0)
    return (
      <div className="history">
        <p>{t('none')}</p>
      </div>
    );
  const pick = (id: string, value: number | null, set: (v: number) => void, label: string) => (
    <label className="inline">
      {label}{' '}
      <select id={id} value={value ?? ''} onChange={(e) => set(Number(e.currentTarget.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {v.version}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="history">
      <h3 id="versions-title">{t('list')}</h3>
      <table className="grid" aria-labelledby="versions-title">
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.version} data-version={v.version}>
              <td>
                {v.version}
                {v.version === latest ? <span className="why"> · {t('inForce')}</span> : null}
              </td>
              <td>{v.activatedAt > 0 ? instant(v.activatedAt, text) : '—'}</td>
              <td>
                {v.activatedBy === null ? (
                  v.activatedAt === 0 ? (
                    t('template')
                  ) : (
                    '—'
                  )
                ) : (
                  <>
                    {v.activatedByName ?? v.activatedBy}
                    {v.activatedByName ? <span className="small mono"> {v.activatedBy}</span> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('compare')}</h3>
      {versions.length < 2 ? (
        <p>{t('one')}</p>
      ) : (
        <>
          <div className="row">
            {pick('diff-from', from, setFrom, t('from'))}
            {pick('diff-to', to, setTo, t('to'))}
          </div>
          <VersionDiff pair={pair} />
        </>
      )}
    </div>
  );
}
