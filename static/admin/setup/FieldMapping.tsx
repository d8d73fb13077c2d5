// Field mapping: each custom field name the configuration uses, where, and the site field id(s) the last
// check resolved it to (or its finding). Renaming one changes every place it is used.
import Textfield from '@atlaskit/textfield';
import type { SetupFinding, SiteOptions } from '@contract/admin';
import { useState } from 'react';
import { fieldUses, renameField } from './doc';
import { FieldFindings } from './Findings';
import { useSetupText } from './texts';
import type { PartProps } from './part';

interface Props extends PartProps {
  readonly siteFields: SiteOptions['fields'];
  /** Name -> ids from the last check in this visit; null before one. */
  readonly resolved: Readonly<Record<string, readonly string[]>> | null;
}

export function FieldMapping({ doc, setDoc, siteFields, resolved, findings }: Props) {
  const t = useSetupText();
  const uses = [...fieldUses(doc)];
  return (
    <section aria-labelledby="fields-title">
      <h3 id="fields-title">{t('fields')}</h3>
      <p className="why">{t('fieldsHelp')}</p>
      <datalist id="site-fields">
        {siteFields.map((f) => (
          <option key={f.id} value={f.name} />
        ))}
      </datalist>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">{t('fieldName')}</th>
            <th scope="col">{t('fieldIds')}</th>
            <th scope="col">{t('fieldUsedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {uses.map(([name, paths], i) => (
            <FieldRow
              key={`${i} ${name}`} // a rename starts the row afresh
              index={i}
              name={name}
              paths={paths}
              ids={resolved ? (resolved[name] ?? []) : null}
              findings={findings.filter((f) => paths.includes(f.path))}
              rename={(to) => setDoc(renameField(doc, name, to))}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface RowProps {
  readonly index: number;
  readonly name: string;
  readonly paths: readonly string[];
  readonly ids: readonly string[] | null;
  readonly findings: readonly SetupFinding[];
  readonly rename: (to: string) => void;
}

function FieldRow({ index, name, paths, ids, findings, rename }: RowProps) {
  const t = useSetupText();
  const [value, setValue] = useState(name);
  const commit = () => {
    const to = value.trim();
    if (to !== '' && to !== name) rename(to);
    else setValue(name);
  };
  const blocking = findings.some((f) => f.severity === 'blocking');
  return (
    <tr data-field={name}>
      <td>
        <Textfield
          id={`field-${index}`}
          aria-label={t('fieldName')}
          list="site-fields"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
          isInvalid={blocking}
          isCompact
          aria-describedby={findings.length ? `field-${index}-findings` : undefined}
        />
        <FieldFindings findings={findings} id={`field-${index}-findings`} />
      </td>
      <td className="mono">
        {ids === null ? t('fieldUnchecked') : ids.length > 0 ? ids.join(', ') : t('fieldUnresolved')}
      </td>
      <td className="mono small">{paths.join(', ')}</td>
    </tr>
  );
}
