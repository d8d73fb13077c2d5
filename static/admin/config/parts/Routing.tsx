// Quality responsibility (who is responsible, decided from the root cause and the resolution) and routing:
// new requirements to sales (LTC), product defects to R&D (IPD).
import { useEditor } from '../editor';
import { ChoiceList } from '../ChoiceList';
import { ListInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useOptions } from '../options';
import { Field } from '../Field';
import { getAt, setAt, type Path } from '../path';
import { useConfigText } from '../texts';

/** Whether the issue names a supplier: yes, no, or either (the key absent). */
function HasSupplier({ path }: { readonly path: Path }) {
  const t = useConfigText();
  const { doc, set } = useEditor();
  const value = getAt(doc, path);
  return (
    <Field path={path} label={t('hasSupplier')}>
      {(aria) => (
        <select
          {...aria}
          className="cfg-select"
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(e) => set(path, e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'yes')}
        >
          <option value="">{t('supplier-any')}</option>
          <option value="yes">{t('supplier-yes')}</option>
          <option value="no">{t('supplier-no')}</option>
        </select>
      )}
    </Field>
  );
}

function Route({ kind }: { readonly kind: 'ltc' | 'ipd' }) {
  const t = useConfigText();
  const { doc, change } = useEditor();
  const options = useOptions();
  const route = doc.routing[kind];
  const base = ['routing', kind] as const;
  const on = route !== undefined;
  const fresh =
    kind === 'ltc'
      ? { project: '', issueType: '', linkType: 'Relates', serviceTypes: [], labels: [] }
      : { project: '', issueType: 'Bug', linkType: 'Relates', parties: ['productDefect'] };
  return (
    <section className="cfg-card" aria-labelledby={`cfg-route-${kind}`}>
      <h4 id={`cfg-route-${kind}`}>{t(kind)}</h4>
      <label className="cfg-choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => change((d) => setAt(d, base, e.currentTarget.checked ? fresh : undefined))}
        />
        {t(kind === 'ltc' ? 'ltcOn' : 'ipdOn')}
      </label>
      {on && (
        <>
          <div className="cfg-row">
            <TextInput path={[...base, 'project']} label={t('projectKey')} />
            <TextInput path={[...base, 'issueType']} label={t('issueType')} />
            <TextInput path={[...base, 'linkType']} label={t('linkType')} />
          </div>
          {kind === 'ltc' ? (
            <>
              <ChoiceList path={[...base, 'serviceTypes']} legend={t('serviceTypes')} options={options.serviceTypes} />
              <ListInput path={[...base, 'labels']} label={t('ltcLabels')} hint={t('oneALine')} />
            </>
          ) : (
            <p className="cfg-hint">{t('ipdParties')}</p>
          )}
        </>
      )}
    </section>
  );
}

export default function Routing() {
  const t = useConfigText();
  const { doc } = useEditor();
  const options = useOptions();
  const parties = options.parties.filter((p) => p.value !== 'undetermined');
  return (
    <>
      <h3>{t('responsibility')}</h3>
      <div className="cfg-row">
        <TextInput path={['responsibility', 'rootCauseField']} label={t('rootCauseField')} />
        <TextInput path={['responsibility', 'supplierField']} label={t('supplierField')} />
      </div>
      <h4>{t('parties')}</h4>
      <table className="cfg-week">
        <thead>
          <tr>
            <th scope="col">{t('party')}</th>
            <th scope="col">{t('inEnglish', { label: t('name') })}</th>
            <th scope="col">{t('inChinese', { label: t('name') })}</th>
          </tr>
        </thead>
        <tbody>
          {doc.responsibility.parties.map((p, i) => (
            <tr key={p.id}>
              <th scope="row">
                <code>{p.id}</code>
              </th>
              {(['en', 'zh'] as const).map((lang) => (
                <td key={lang}>
                  <TextInput
                    path={['responsibility', 'parties', i, 'name', lang]}
                    label={t(lang === 'en' ? 'inEnglish' : 'inChinese', { label: p.id })}
                    hideLabel
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('responsibilityRules')}</h4>
      <Items
        path={['responsibility', 'rules']}
        ordered
        title={(_, i) => {
          const r = doc.responsibility.rules[i];
          return r ? `${i + 1}. ${r.id} → ${r.party}` : '';
        }}
        add={t('addRule')}
        make={(l) => ({ id: freshId(l, 'rule'), when: {}, party: 'operations' })}
      >
        {(i) => {
          const base = ['responsibility', 'rules', i] as const;
          return (
            <>
              <div className="cfg-row">
                <TextInput path={[...base, 'id']} label={t('id')} />
                <SelectInput path={[...base, 'party']} label={t('party')} options={parties} />
                <HasSupplier path={[...base, 'when', 'hasSupplier']} />
              </div>
              <div className="cfg-grid">
                {(['rootCauses', 'resolutions', 'components', 'labels'] as const).map((k) => (
                  <ListInput key={k} path={[...base, 'when', k]} label={t(k)} hint={t('anyIfEmpty')} optional />
                ))}
              </div>
            </>
          );
        }}
      </Items>
      <h3>{t('routingHeading')}</h3>
      <Route kind="ltc" />
      <Route kind="ipd" />
    </>
  );
}
