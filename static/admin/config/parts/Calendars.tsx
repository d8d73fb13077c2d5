// Calendars: time zone, working hours per weekday, dated overrides (holidays, make-up days), and the month
// they make.
import { useEditor } from '../editor';
import { NamesInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useNamed, useOptions } from '../options';
import { useConfigText } from '../texts';
import { Intervals } from './Intervals';
import { MonthView } from './MonthView';
import { Overrides } from './Overrides';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
/** The IANA zones this browser knows, offered as the admin types (the check validates the name). */
const ZONES = Intl.supportedValuesOf('timeZone');

export default function Calendars() {
  const t = useConfigText();
  const named = useNamed();
  const { doc } = useEditor();
  const options = useOptions();
  return (
    <>
      <datalist id="cfg-time-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <SelectInput path={['defaultCalendar']} label={t('defaultCalendar')} options={options.calendars} />
      <Items
        path={['calendars']}
        title={(x, i) => `${named(x)} (${doc.calendars[i]?.spec.timeZone ?? ''})`}
        add={t('addCalendar')}
        make={(l) => ({
          id: freshId(l, 'calendar'),
          name: { en: 'New calendar', zh: '新日历' },
          spec: { timeZone: 'Asia/Shanghai', weekly: {} },
        })}
      >
        {(i) => {
          const spec = doc.calendars[i]?.spec;
          const base = ['calendars', i, 'spec'] as const;
          return (
            <>
              <div className="cfg-row">
                <TextInput path={['calendars', i, 'id']} label={t('id')} />
                <TextInput
                  path={[...base, 'timeZone']}
                  label={t('timeZone')}
                  hint={t('timeZoneHint')}
                  suggestions="cfg-time-zones"
                />
              </div>
              <NamesInput path={['calendars', i, 'name']} label={t('name')} />
              <h5>{t('weekly')}</h5>
              <table className="cfg-week">
                <tbody>
                  {WEEKDAYS.map((d) => (
                    <tr key={d}>
                      <th scope="row">{t(`day${d}`)}</th>
                      <td>
                        <Intervals path={[...base, 'weekly', d]} day={t(`day${d}`)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Overrides
                path={[...base, 'overrides']}
                workday={WEEKDAYS.map((d) => spec?.weekly[d] ?? []).find((r) => r.length > 0) ?? []}
              />
              {spec && <MonthView spec={spec} calendar={i} />}
            </>
          );
        }}
      </Items>
    </>
  );
}
