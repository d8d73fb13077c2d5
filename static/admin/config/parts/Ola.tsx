// OLA: the support tiers an issue passes through (L1 → L2 → …), each with its target on its calendar,
// where it hands over on timeout, and how an issue is given to it.
import { useEditor } from '../editor';
import { ListInput, MinutesInput, NamesInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useNamed, useOptions } from '../options';
import { setAt } from '../path';
import { useText } from '../../../shared/i18n';
import { formatMinutes } from '../duration';
import { useConfigText } from '../texts';

export default function Ola() {
  const t = useConfigText();
  const named = useNamed();
  const { lang } = useText();
  const { doc, change } = useEditor();
  const options = useOptions();
  const byGroups = 'assigneeGroups' in doc.ola.source;
  return (
    <>
      <div className="cfg-row">
        <SelectInput path={['ola', 'goal']} label={t('olaGoal')} options={options.goals} hint={t('olaGoalHint')} />
        <div className="cfg-field">
          <label htmlFor="cfg-ola-source-kind">{t('tierSource')}</label>
          <select
            id="cfg-ola-source-kind"
            className="cfg-select"
            value={byGroups ? 'groups' : 'field'}
            onChange={(e) =>
              change((d) =>
                setAt(
                  d,
                  ['ola', 'source'],
                  e.currentTarget.value === 'groups' ? { assigneeGroups: true } : { field: '' },
                ),
              )
            }
          >
            <option value="field">{t('tierByField')}</option>
            <option value="groups">{t('tierByGroups')}</option>
          </select>
        </div>
        {!byGroups && <TextInput path={['ola', 'source', 'field']} label={t('jiraField')} />}
      </div>
      <Items
        path={['ola', 'tiers']}
        ordered
        title={(x, i) => {
          const tier = doc.ola.tiers[i];
          if (!tier) return named(x);
          const next = tier.next ? ` → ${tier.next}` : '';
          return `${named(x)}: ${formatMinutes(tier.targetMinutes, lang)}${next}`;
        }}
        add={t('addTier')}
        make={(l) => ({
          id: freshId(l, 'tier'),
          name: { en: 'New tier', zh: '新层级' },
          values: [],
          calendar: doc.defaultCalendar,
          targetMinutes: 480,
          reassignTo: {},
        })}
      >
        {(i) => {
          const base = ['ola', 'tiers', i] as const;
          return (
            <>
              <div className="cfg-row">
                <TextInput path={[...base, 'id']} label={t('id')} />
                <NamesInput path={[...base, 'name']} label={t('name')} />
              </div>
              <div className="cfg-row">
                <MinutesInput path={[...base, 'targetMinutes']} label={t('olaTarget')} />
                <SelectInput path={[...base, 'calendar']} label={t('calendar')} options={options.calendars} />
                <SelectInput
                  path={[...base, 'next']}
                  label={t('nextTier')}
                  options={options.tiers.filter((o) => o.value !== doc.ola.tiers[i]?.id)}
                  none={t('lastTier')}
                />
              </div>
              <div className="cfg-row">
                <ListInput
                  path={[...base, 'values']}
                  label={t(byGroups ? 'tierGroups' : 'tierValues')}
                  hint={t('oneALine')}
                />
                <TextInput path={[...base, 'reassignTo', 'fieldValue']} label={t('reassignValue')} optional />
                <TextInput path={[...base, 'reassignTo', 'accountId']} label={t('reassignAccount')} optional />
              </div>
            </>
          );
        }}
      </Items>
    </>
  );
}
