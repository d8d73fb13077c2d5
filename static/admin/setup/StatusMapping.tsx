// Status mapping: overrides of Jira's status categories by status name, as an editable list.
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import type { SiteOptions } from '@contract/admin';
import { statusesOf, withStatuses, type Category, type StatusOverride } from './doc';
import { FieldFindings } from './Findings';
import { at } from './targets';
import { useSetupText } from './texts';
import type { PartProps } from './part';

const CATEGORIES: readonly Category[] = ['new', 'indeterminate', 'done'];

interface Props extends PartProps {
  readonly siteStatuses: SiteOptions['statuses'];
}

export function StatusMapping({ doc, setDoc, siteStatuses, findings }: Props) {
  const t = useSetupText();
  const rows = statusesOf(doc);
  const set = (i: number, row: StatusOverride) =>
    setDoc(
      withStatuses(
        doc,
        rows.map((r, j) => (j === i ? row : r)),
      ),
    );
  const add = () => {
    const unused = siteStatuses.find((s) => !rows.some((r) => r.name === s.name));
    setDoc(withStatuses(doc, [...rows, { name: unused?.name ?? '', category: unused?.category ?? 'indeterminate' }]));
  };
  return (
    <section aria-labelledby="statuses-title">
      <h3 id="statuses-title">{t('statuses')}</h3>
      <p className="why">{t('statusesHelp')}</p>
      <datalist id="site-statuses">
        {siteStatuses.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      {rows.length === 0 ? <p>{t('noStatuses')}</p> : null}
      <ul className="plain rows">
        {rows.map((r, i) => {
          const fs = at(findings, `statuses[${i}]`, true);
          return (
            <li key={i}>
              <div className="row">
                <Textfield
                  id={`status-${i}`}
                  aria-label={t('statusName')}
                  list="site-statuses"
                  value={r.name}
                  onChange={(e) => set(i, { ...r, name: e.currentTarget.value })}
                  isInvalid={fs.some((f) => f.severity === 'blocking')}
                  isCompact
                  width={240}
                />
                <label className="inline">
                  {t('category')}{' '}
                  <select
                    value={r.category}
                    onChange={(e) => set(i, { ...r, category: e.currentTarget.value as Category })}
                  >
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`cat_${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <Button
                  appearance="subtle"
                  aria-label={t('removeStatus', { name: r.name })}
                  onClick={() =>
                    setDoc(
                      withStatuses(
                        doc,
                        rows.filter((_, j) => j !== i),
                      ),
                    )
                  }
                >
                  {t('remove')}
                </Button>
              </div>
              <FieldFindings findings={fs} />
            </li>
          );
        })}
      </ul>
      <Button onClick={add}>{t('addStatus')}</Button>
    </section>
  );
}
