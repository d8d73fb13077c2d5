// Holidays: a year's days off and make-up working days pasted as lines, parsed as the admin types, and
// added to a calendar's overrides in the draft.
import Button from '@atlaskit/button/new';
import { parseHolidayLines, type HolidayLineError } from '@contract/holiday-lines';
import { useState } from 'react';
import { calendarsOf, withOverrides } from './doc';
import { FieldFindings } from './Findings';
import { useSetupText, type SetupTextKey } from './texts';
import type { PartProps } from './part';

type Props = PartProps;

export function HolidayImport({ doc, setDoc, findings }: Props) {
  const t = useSetupText();
  const calendars = calendarsOf(doc);
  const [chosen, setChosen] = useState(0);
  const [text, setText] = useState('');
  const [added, setAdded] = useState<{ n: number; calendar: string } | null>(null);
  const cal = calendars[chosen] ?? calendars[0];
  if (!cal) return null;
  const parsed = parseHolidayLines(text, cal.workHours);
  const last = Object.keys(cal.overrides).sort().at(-1);
  const mine = findings.filter((f) => /^calendars\[\d+\]\.spec\.overrides/.test(f.path));
  const count = parsed.daysOff + parsed.workDays;
  const add = () => {
    setDoc(withOverrides(doc, cal.index, parsed.overrides));
    setAdded({ n: count, calendar: cal.id });
    setText('');
  };
  return (
    <section aria-labelledby="holidays-title">
      <h3 id="holidays-title">{t('holidays')}</h3>
      <p className="why">{t('holidaysHelp')}</p>
      <FieldFindings findings={mine} id="holiday-findings" />
      <div className="row">
        <label className="inline">
          {t('calendar')}{' '}
          <select
            id="holiday-calendar"
            value={cal.index}
            onChange={(e) => {
              setChosen(Number(e.currentTarget.value));
              setAdded(null);
            }}
          >
            {calendars.map((c) => (
              <option key={c.index} value={c.index}>
                {c.id}
              </option>
            ))}
          </select>
        </label>
        <span className="why">{last ? t('knownThrough', { date: last }) : t('noOverrides')}</span>
      </div>
      <label htmlFor="holiday-text">{t('paste')}</label>
      <textarea
        id="holiday-text"
        rows={6}
        value={text}
        placeholder={t('pasteExample')}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setAdded(null);
        }}
        aria-describedby={mine.length ? 'holiday-findings holiday-parsed' : 'holiday-parsed'}
        aria-invalid={parsed.errors.length > 0}
      />
      <div id="holiday-parsed" aria-live="polite">
        {parsed.errors.length > 0 ? (
          <ul className="findings">
            {parsed.errors.map((e, i) => (
              <li key={i} className="finding blocking">
                {lineError(e, t)}
              </li>
            ))}
          </ul>
        ) : count > 0 ? (
          <p>{t('parsed', { off: parsed.daysOff, work: parsed.workDays })}</p>
        ) : null}
        {added ? <p role="status">{t('added', added)}</p> : null}
      </div>
      <Button onClick={add} isDisabled={count === 0 || parsed.errors.length > 0}>
        {t('addHolidays')}
      </Button>
    </section>
  );
}

function lineError(e: HolidayLineError, t: ReturnType<typeof useSetupText>): string {
  const { code, ...values } = e;
  return t(`err_${code}` as SetupTextKey, values);
}
