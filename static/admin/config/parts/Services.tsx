// The service catalogue: each service's owner, calendar, the Jira components that mean it, its critical
// business windows (issues raised in them are graded up) and its emergency plan.
import { useEditor } from '../editor';
import { ListInput, NamesInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useNamed, useOptions } from '../options';
import { useConfigText } from '../texts';

export default function Services() {
  const t = useConfigText();
  const named = useNamed();
  const { doc } = useEditor();
  const options = useOptions();
  return (
    <Items
      path={['services']}
      title={named}
      add={t('addService')}
      make={(l) => ({
        id: freshId(l, 'service'),
        name: { en: 'New service', zh: '新服务' },
        owner: '',
        calendar: doc.defaultCalendar,
        components: [],
      })}
    >
      {(i) => {
        const base = ['services', i] as const;
        return (
          <>
            <div className="cfg-row">
              <TextInput path={[...base, 'id']} label={t('id')} />
              <TextInput path={[...base, 'owner']} label={t('owner')} hint={t('ownerHint')} />
              <SelectInput path={[...base, 'calendar']} label={t('calendar')} options={options.calendars} />
            </div>
            <NamesInput path={[...base, 'name']} label={t('name')} />
            <div className="cfg-row">
              <ListInput path={[...base, 'components']} label={t('components')} hint={t('oneALine')} />
              <TextInput
                path={[...base, 'emergencyPlanUrl']}
                label={t('emergencyPlan')}
                optional
                placeholder="https://"
              />
            </div>
            <h5>{t('criticalWindows')}</h5>
            <Items
              path={[...base, 'criticalWindows']}
              title={(_, j) => t('windowN', { n: j + 1 })}
              add={t('addWindow')}
              make={() => ({ name: { en: 'Business peak', zh: '业务高峰' }, calendar: doc.defaultCalendar })}
            >
              {(j) => (
                <div className="cfg-row">
                  <NamesInput path={[...base, 'criticalWindows', j, 'name']} label={t('name')} />
                  <SelectInput
                    path={[...base, 'criticalWindows', j, 'calendar']}
                    label={t('windowCalendar')}
                    options={options.calendars}
                  />
                </div>
              )}
            </Items>
          </>
        );
      }}
    </Items>
  );
}
