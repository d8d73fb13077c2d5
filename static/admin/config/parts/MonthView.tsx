// A month of one calendar: each date's working hours, holidays and make-up days told apart by a word as
// well as a colour; another month by the buttons or the month field.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { formatMinutes } from '../duration';
import { monthOf, shiftMonth, type CalendarShape, type DayKind } from '../month';
import { useConfigText } from '../texts';
import { useText } from '../../../shared/i18n';

const KIND_TEXT = {
  working: 'dayWorking',
  rest: 'dayRest',
  holiday: 'dayHoliday',
  makeup: 'dayMakeup',
  changed: 'dayChanged',
} as const satisfies Record<DayKind, string>;

export function MonthView({ spec, calendar }: { readonly spec: CalendarShape; readonly calendar: number }) {
  const t = useConfigText();
  const { lang, locale } = useText();
  const [at, setAt] = useState(() => {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1 };
  });
  const month = monthOf(spec, at.year, at.month);
  const title = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.UTC(at.year, at.month - 1, 1),
  );
  const fieldId = `cfg-month-${calendar}`;
  const go = (by: number) => setAt(shiftMonth(at.year, at.month, by));
  return (
    <section className="cfg-month" aria-labelledby={`${fieldId}-title`}>
      <div className="cfg-row">
        <h5 id={`${fieldId}-title`}>{t('monthView')}</h5>
        <Button spacing="compact" aria-label={t('previousMonth')} onClick={() => go(-1)}>
          ‹
        </Button>
        <label htmlFor={fieldId} className="cfg-sr">
          {t('month')}
        </label>
        <input
          id={fieldId}
          type="month"
          className="cfg-date"
          value={`${at.year}-${String(at.month).padStart(2, '0')}`}
          onChange={(e) => {
            const m = /^(\d{4})-(\d\d)$/.exec(e.currentTarget.value);
            if (m) setAt({ year: Number(m[1]), month: Number(m[2]) });
          }}
        />
        <Button spacing="compact" aria-label={t('nextMonth')} onClick={() => go(1)}>
          ›
        </Button>
      </div>
      <table className="cfg-calendar">
        <caption>{title}</caption>
        <thead>
          <tr>
            {(['1', '2', '3', '4', '5', '6', '7'] as const).map((d) => (
              <th key={d} scope="col">
                {t(`short${d}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {month.weeks.map((week, w) => (
            <tr key={w}>
              {week.map((d, i) =>
                d ? (
                  <td key={i} className={`cfg-day cfg-${d.kind}`} data-date={d.date} data-kind={d.kind}>
                    <span className="cfg-day-number">{d.day}</span>
                    <span className="cfg-day-kind">{t(KIND_TEXT[d.kind])}</span>
                    {d.minutes > 0 && (
                      <span className="cfg-day-hours" title={d.ranges.map(([a, b]) => `${a}–${b}`).join(', ')}>
                        {formatMinutes(d.minutes, lang)}
                      </span>
                    )}
                  </td>
                ) : (
                  <td key={i} className="cfg-day-pad" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
