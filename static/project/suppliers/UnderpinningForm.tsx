// Recording an underpinning contract: its term, the SLA policies it backs and its targets per grade. While
// it is typed the UC check runs on the draft: a looser contract may be saved, and the form says so first.
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useState } from 'react';
import type { SupplierSetup, UcFlag } from '@contract/records/supplier';
import { UNDERPINNING, type Underpinning } from '@contract/records/underpinning';
import { call } from '../../shared/forge';
import { useText } from '../../shared/i18n';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { RecordForm } from './RecordForm';
import { useSupplierText } from './texts';
import { UcFlagList } from './UcFlags';

const FIELDS = ['title', 'starts', 'ends', 'supports', 'targets'];

type Typed = Record<string, { response: string; resolution: string }>;

/** The grades with both targets typed, as minutes. */
function targetsOf(typed: Typed): Underpinning['targets'] {
  const out: Record<string, { responseMinutes: number; resolutionMinutes: number }> = {};
  for (const [g, x] of Object.entries(typed))
    if (x.response.trim() || x.resolution.trim())
      out[g] = { responseMinutes: Number(x.response), resolutionMinutes: Number(x.resolution) };
  return out;
}

export function UnderpinningForm(p: {
  readonly initial: Underpinning;
  readonly setup: SupplierSetup;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useSupplierText();
  const text = useText();
  const form = useRecordForm('underpinning.save', FIELDS);
  const [u, setU] = useState(p.initial);
  const [typed, setTyped] = useState<Typed>(
    Object.fromEntries(
      p.setup.grades.map((g) => {
        const x = p.initial.targets[g.id];
        return [
          g.id,
          { response: x ? String(x.responseMinutes) : '', resolution: x ? String(x.resolutionMinutes) : '' },
        ];
      }),
    ),
  );
  const [flags, setFlags] = useState<readonly UcFlag[] | null>(null);
  const terms = JSON.stringify({ targets: targetsOf(typed), supports: u.supports });
  useEffect(() => {
    let live = true;
    const h = setTimeout(() => {
      void call<UcFlag[]>(UNDERPINNING.check, JSON.parse(terms) as Record<string, unknown>).then(
        (r) => live && setFlags(r.ok ? r.data : null),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(h);
    };
  }, [terms]);
  const toggle = (id: string, on: boolean) =>
    setU({ ...u, supports: on ? [...u.supports, id] : u.supports.filter((x) => x !== id) });
  const slaFor = (grade: string, goal: 'response' | 'resolution') => {
    const backing = p.setup.policies.filter((x) => u.supports.includes(x.id) && (x.grades ?? [grade]).includes(grade));
    const values = backing.flatMap((x) =>
      Object.entries(x.targets)
        .filter(([k]) => (goal === 'resolution') === (k === p.setup.resolutionGoal))
        .map(([, v]) => v),
    );
    return values.length ? String(Math.min(...values)) : '—';
  };
  return (
    <RecordForm
      heading={p.heading}
      level={4}
      wide
      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => {
        void form.save({ ...u, targets: targetsOf(typed) }).then((ok) => ok && p.onDone(true));
      }}
    >
      <FormField id="uc-title" label={t('ucTitle')} error={form.at('title')}>
        {(a) => <input {...a} value={u.title} onChange={(e) => setU({ ...u, title: e.currentTarget.value })} />}
      </FormField>
      <div className="row">
        <FormField id="uc-starts" label={t('starts')} error={form.at('starts')}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={u.starts}
              onChange={(e) => setU({ ...u, starts: e.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField id="uc-ends" label={t('ends')} error={form.at('ends')}>
          {(a) => (
            <input {...a} type="date" value={u.ends} onChange={(e) => setU({ ...u, ends: e.currentTarget.value })} />
          )}
        </FormField>
      </div>
      <fieldset className="checks" aria-describedby={form.at('supports') ? 'uc-supports-error' : undefined}>
        <legend>{t('supports')}</legend>
        <div className="row">
          {p.setup.policies.map((x) => (
            <label key={x.id} className="row">
              <input
                type="checkbox"
                checked={u.supports.includes(x.id)}
                onChange={(e) => toggle(x.id, e.currentTarget.checked)}
              />
              {x.id}
            </label>
          ))}
        </div>
        {form.at('supports') ? (
          <span className="error" id="uc-supports-error" role="alert">
            {form.at('supports')}
          </span>
        ) : null}
      </fieldset>
      <table className="grid targets">
        <caption>{t('targets')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grade')}</th>
            <th scope="col">{t('responseMinutes')}</th>
            <th scope="col">{t('resolutionMinutes')}</th>
          </tr>
        </thead>
        <tbody>
          {p.setup.grades.map((g) => {
            const err = form.at(`targets.${g.id}`);
            const cell = (goal: 'response' | 'resolution') => (
              <td>
                <input
                  aria-label={`${g.id} ${t(goal === 'response' ? 'responseMinutes' : 'resolutionMinutes')}`}
                  aria-invalid={err !== undefined}
                  aria-describedby={`uc-${g.id}-sla${err ? ` uc-${g.id}-error` : ''}`}
                  inputMode="numeric"
                  value={typed[g.id]![goal]}
                  onChange={(e) => setTyped({ ...typed, [g.id]: { ...typed[g.id]!, [goal]: e.currentTarget.value } })}
                />
              </td>
            );
            return (
              <tr key={g.id}>
                <th scope="row">
                  {g.id} · {text.local(g.name)}
                  <span className="hint" id={`uc-${g.id}-sla`}>
                    {' '}
                    {t('slaIs', { response: slaFor(g.id, 'response'), resolution: slaFor(g.id, 'resolution') })}
                  </span>
                  {err ? (
                    <span className="error" id={`uc-${g.id}-error`} role="alert">
                      {' '}
                      {err}
                    </span>
                  ) : null}
                </th>
                {cell('response')}
                {cell('resolution')}
              </tr>
            );
          })}
        </tbody>
      </table>
      {flags && flags.length ? (
        <SectionMessage appearance="warning" title={t('ucWarning')}>
          <UcFlagList flags={flags} t={t} resolutionGoal={p.setup.resolutionGoal} />
          <p>{t('ucWarningBody')}</p>
        </SectionMessage>
      ) : flags && u.supports.length ? (
        <p className="small" role="status">
          {t('ucDraftOk')}
        </p>
      ) : null}
    </RecordForm>
  );
}
