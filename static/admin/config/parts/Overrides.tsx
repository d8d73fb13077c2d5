// A calendar's dated overrides, by year: a date's own intervals instead of its weekday's, [] for a holiday,
// hours on a weekend day for a make-up working day (调休).
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { findingsAt, useEditor } from '../editor';
import { Field } from '../Field';
import { getAt, renameKey, setAt, type Path } from '../path';
import { useConfigText } from '../texts';
import { Intervals } from './Intervals';

type Ranges = ReadonlyArray<readonly [string, string]>;

/** `workday`: the hours a make-up day gets (the calendar's first weekday with hours). */
export function Overrides({ path, workday }: { readonly path: Path; readonly workday: Ranges }) {
  const t = useConfigText();
  const { doc, change, findings } = useEditor();
  const [adding, setAdding] = useState('');
  // A year's dates are rendered only while it is open: two years of holidays are a lot of inputs.
  const [openYears, setOpenYears] = useState<ReadonlySet<string>>(new Set());
  const value = getAt(doc, path);
  const overrides = (typeof value === 'object' && value !== null ? value : {}) as Readonly<Record<string, Ranges>>;
  const dates = Object.keys(overrides).sort();
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
  const addDay = (ranges: Ranges) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(adding) || adding in overrides) return;
    change((d) => setAt(d, [...path, adding], ranges));
    setAdding('');
  };
  return (
    <div className="cfg-overrides">
      <h5>{t('overrides', { n: dates.length })}</h5>
      {years.map((y) => {
        const inYear = dates.filter((d) => d.startsWith(y));
        const flagged = inYear.some((d) => findingsAt(findings, [...path, d]).length > 0);
        return (
          <details
            key={y}
            open={flagged || openYears.has(y)}
            onToggle={(e) => {
              const isOpen = e.currentTarget.open;
              setOpenYears((o) => {
                const n = new Set(o);
                if (isOpen) n.add(y);
                else n.delete(y);
                return n;
              });
            }}
          >
            <summary>{t('overrideYear', { year: y, n: inYear.length })}</summary>
            {(flagged || openYears.has(y)) && (
              <table className="cfg-week">
                <tbody>
                  {inYear.map((date) => (
                    <tr key={date}>
                      <th scope="row">
                        <Field path={[...path, date]} label={t('overrideDate')} hideLabel exact>
                          {(aria) => (
                            <input
                              {...aria}
                              type="date"
                              className="cfg-date"
                              value={date}
                              onChange={(e) => {
                                const to = e.currentTarget.value;
                                if (to) change((d) => renameKey(d, path, date, to));
                              }}
                            />
                          )}
                        </Field>
                      </th>
                      <td>
                        <Intervals path={[...path, date]} day={date} />
                      </td>
                      <td>
                        <Button
                          spacing="compact"
                          appearance="subtle"
                          aria-label={t('removeOverride', { date })}
                          onClick={() =>
                            change((d) =>
                              setAt(d, path, Object.fromEntries(Object.entries(overrides).filter(([k]) => k !== date))),
                            )
                          }
                        >
                          {t('remove')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </details>
        );
      })}
      <div className="cfg-row cfg-add-override">
        <label className="cfg-field">
          {t('newOverride')}
          <input type="date" className="cfg-date" value={adding} onChange={(e) => setAdding(e.currentTarget.value)} />
        </label>
        <Button isDisabled={!adding || adding in overrides} onClick={() => addDay([])}>
          {t('addDayOff')}
        </Button>
        <Button
          isDisabled={!adding || adding in overrides}
          onClick={() => addDay(workday.length ? workday : [['09:00', '18:00']])}
        >
          {t('addWorkday')}
        </Button>
      </div>
    </div>
  );
}
