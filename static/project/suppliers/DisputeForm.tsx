// Recording a dispute: a saved one offers only its stage and the later ones (escalation does not go back).
import { useState } from 'react';
import { DISPUTE_STAGES, type Dispute } from '@contract/records/dispute';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { RecordForm } from './RecordForm';
import { useSupplierText } from './texts';

const FIELDS = ['title', 'stage', 'openedOn', 'closedOn', 'outcome'];

export function DisputeForm(p: {
  readonly initial: Dispute;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useSupplierText();
  const form = useRecordForm('dispute.save', FIELDS);
  const [d, setD] = useState(p.initial);
  const stages = DISPUTE_STAGES.slice(DISPUTE_STAGES.indexOf(p.initial.stage));
  return (
    <RecordForm
      heading={p.heading}
      level={4}

      general={form.general}
      busy={form.busy}
      onCancel={() => p.onDone(false)}
      onSubmit={() => {
        void form
          .save({ ...d, closedOn: d.closedOn || null, outcome: d.outcome?.trim() ? d.outcome : null })
          .then((ok) => ok && p.onDone(true));
      }}
    >
      <FormField id="dsp-title" label={t('disputeTitle')} error={form.at('title')}>
        {(a) => <input {...a} value={d.title} onChange={(e) => setD({ ...d, title: e.currentTarget.value })} />}
      </FormField>
      <FormField id="dsp-stage" label={t('stage')} hint={t('stageHint')} error={form.at('stage')}>
        {(a) => (
          <select
            {...a}
            value={d.stage}
            onChange={(e) => setD({ ...d, stage: e.currentTarget.value as Dispute['stage'] })}
          >
            {stages.map((s) => (
              <option key={s} value={s}>
                {t(s)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="row">
        <FormField id="dsp-opened" label={t('openedOn')} error={form.at('openedOn')}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={d.openedOn}
              onChange={(e) => setD({ ...d, openedOn: e.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField id="dsp-closed" label={t('closedOn')} hint={t('closedHint')} error={form.at('closedOn')}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={d.closedOn ?? ''}
              onChange={(e) => setD({ ...d, closedOn: e.currentTarget.value || null })}
            />
          )}
        </FormField>
      </div>
      <FormField id="dsp-outcome" label={t('outcome')} error={form.at('outcome')}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={d.outcome ?? ''}
            onChange={(e) => setD({ ...d, outcome: e.currentTarget.value })}
          />
        )}
      </FormField>
    </RecordForm>
  );
}
