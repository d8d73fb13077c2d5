// Grading: the grades (each a Jira priority), impact and urgency levels (the Jira field values that mean
// each), the impact × urgency grid that picks a grade, and the uplift in a service's critical window.
import { useText } from '../../../shared/i18n';
import { useEditor } from '../editor';
import { ListInput, NamesInput, NumberInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useNamed, useOptions } from '../options';
import { useConfigText } from '../texts';

function Levels({ axis }: { readonly axis: 'impact' | 'urgency' }) {
  const t = useConfigText();
  const named = useNamed();
  const { doc } = useEditor();
  const base = ['grading', axis] as const;
  const levels = doc.grading[axis].levels;
  return (
    <>
      <h3>{t(axis)}</h3>
      <div className="cfg-row">
        <TextInput path={[...base, 'field']} label={t('jiraField')} />
        <SelectInput
          path={[...base, 'default']}
          label={t('defaultLevel')}
          options={levels.map((l) => ({ value: l.id, label: l.id }))}
        />
      </div>
      <Items
        path={[...base, 'levels']}
        title={named}
        add={t('addLevel')}
        make={(l) => ({ id: freshId(l, 'level'), name: { en: 'New level', zh: '新级别' }, values: [] })}
        ordered
      >
        {(i) => (
          <div className="cfg-row">
            <TextInput path={[...base, 'levels', i, 'id']} label={t('id')} />
            <NamesInput path={[...base, 'levels', i, 'name']} label={t('name')} />
            <ListInput path={[...base, 'levels', i, 'values']} label={t('fieldValues')} hint={t('oneALine')} />
          </div>
        )}
      </Items>
    </>
  );
}

function Matrix() {
  const t = useConfigText();
  const { lang } = useText();
  const { doc } = useEditor();
  const options = useOptions();
  const { impact, urgency } = doc.grading;
  return (
    <table className="cfg-matrix">
      <caption>{t('matrix')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('impactByUrgency')}</th>
          {urgency.levels.map((u) => (
            <th key={u.id} scope="col">
              {u.name[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {impact.levels.map((im) => (
          <tr key={im.id}>
            <th scope="row">{im.name[lang]}</th>
            {urgency.levels.map((u) => (
              <td key={u.id}>
                <SelectInput
                  path={['grading', 'matrix', im.id, u.id]}
                  label={t('cellLabel', { impact: im.name[lang], urgency: u.name[lang] })}
                  options={options.grades}
                  hideLabel
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Grading() {
  const t = useConfigText();
  const named = useNamed();
  const { doc } = useEditor();
  const uplift = doc.grading.criticalWindowUplift;
  return (
    <>
      <h3>{t('grades')}</h3>
      <Items
        path={['grading', 'grades']}
        title={named}
        add={t('addGrade')}
        make={(l) => ({ id: freshId(l, 'P'), name: { en: 'New grade', zh: '新级别' }, jiraPriority: 'Medium' })}
        ordered
      >
        {(i) => (
          <div className="cfg-row">
            <TextInput path={['grading', 'grades', i, 'id']} label={t('id')} />
            <NamesInput path={['grading', 'grades', i, 'name']} label={t('name')} />
            <TextInput path={['grading', 'grades', i, 'jiraPriority']} label={t('jiraPriority')} />
          </div>
        )}
      </Items>
      <Levels axis="impact" />
      <Levels axis="urgency" />
      <Matrix />
      <h3>{t('customerTiers')}</h3>
      <p className="cfg-hint">{t('customerTiersHint')}</p>
      <TextInput path={['customers', 'field']} label={t('customerField')} />
      <Items
        path={['customers', 'tiers']}
        title={named}
        add={t('addCustomerTier')}
        make={(l) => ({ id: freshId(l, 'tier'), name: { en: 'New tier', zh: '新等级' }, gradeUplift: 0 })}
      >
        {(i) => (
          <div className="cfg-row">
            <TextInput path={['customers', 'tiers', i, 'id']} label={t('id')} />
            <NamesInput path={['customers', 'tiers', i, 'name']} label={t('name')} />
            <NumberInput path={['customers', 'tiers', i, 'gradeUplift']} label={t('gradesRaised')} />
          </div>
        )}
      </Items>
      <h3>{t('criticalWindowUplift')}</h3>
      {typeof uplift === 'number' ? (
        <NumberInput path={['grading', 'criticalWindowUplift']} label={t('gradesRaised')} hint={t('upliftHint')} />
      ) : (
        <p className="cfg-readonly">
          {Object.entries(uplift)
            .map(([type, n]) => `${type}: +${n}`)
            .join(' · ')}{' '}
          <span className="cfg-hint">{t('editInJson')}</span>
        </p>
      )}
    </>
  );
}
