// Recording an audit: the period, a score 1–5 and a note per dimension (seed 003's six), proposed on request
// from the issues the supplier's tier handled, with the figures beside each proposal.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { SUPPLIER, type AuditDraft, type AuditDimension, type ProposedScore } from '@contract/records/supplier';
import { AUDIT_DIMENSIONS, type AuditForm as AuditFormRecord } from '@contract/records/supplier-audit';
import { call } from '../../shared/forge';
import { FormField } from '../records/FormField';
import { useRecordForm } from '../records/useRecordForm';
import { RecordForm } from './RecordForm';
import { useSupplierText, type SupplierText } from './texts';

const FIELDS = ['period', 'note', ...AUDIT_DIMENSIONS.map((d) => `scores.${d}`)];
type Scores = Record<AuditDimension, { score: number | null; note: string }>;

function evidence(d: AuditDimension, p: ProposedScore, t: SupplierText): string {
  if (!p.evidence) return t('noData');
  const rate = Math.round(p.evidence.rate * 1000) / 10;
  return d === 'problemSolvingAbility'
    ? t('evidenceReopen', { rate, of: p.evidence.of })
    : t('evidenceOnTime', { rate, of: p.evidence.of });
}

export function AuditForm(p: {
  readonly initial: AuditFormRecord;
  readonly heading: string;
  readonly onDone: (saved: boolean) => void;
}) {
  const t = useSupplierText();
  const form = useRecordForm('supplierAudit.save', FIELDS);
  const [period, setPeriod] = useState(p.initial.period);
  const [note, setNote] = useState(p.initial.note);
  const [scores, setScores] = useState<Scores>(
    Object.fromEntries(
      AUDIT_DIMENSIONS.map((d) => [d, { score: p.initial.scores[d].score, note: p.initial.scores[d].note }]),
    ) as Scores,
  );
  const [draft, setDraft] = useState<{ status: string; data?: AuditDraft } | null>(null);
  const propose = async () => {
    setDraft({ status: t('proposing') });
    const r = await call<AuditDraft>(SUPPLIER.auditDraft, { supplierId: p.initial.supplierId, period });
    if (!r.ok) {
      setDraft({ status: r.error.message });
      return;
    }
    const d = r.data;
    setDraft({ status: d.tier === null ? t('noTierData') : t('proposed', { n: d.issues, tier: d.tier }), data: d });
    setScores(
      Object.fromEntries(
        AUDIT_DIMENSIONS.map((k) => [k, { ...scores[k], score: d.scores[k].score ?? scores[k].score }]),
      ) as Scores,
    );
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
        void form
          .save({ id: p.initial.id, supplierId: p.initial.supplierId, period, scores, note })
          .then((ok) => ok && p.onDone(true));
      }}
    >
      <div className="row">
        <FormField id="aud-period" label={t('period')} hint={t('periodHint')} error={form.at('period')}>
          {(a) => <input {...a} value={period} onChange={(e) => setPeriod(e.currentTarget.value)} />}
        </FormField>
        <Button onClick={() => void propose()}>{t('propose')}</Button>
      </div>
      {draft ? (
        <p className="small" role="status">
          {draft.status}
        </p>
      ) : null}
      <table className="grid audit">
        <thead>
          <tr>
            <th scope="col">{t('caption')}</th>
            <th scope="col">{t('score')}</th>
            <th scope="col">{t('scoreNote')}</th>
          </tr>
        </thead>
        <tbody>
          {AUDIT_DIMENSIONS.map((d) => {
            const err = form.at(`scores.${d}`);
            const proposal = draft?.data?.scores[d];
            return (
              <tr key={d}>
                <th scope="row">
                  {t(d)}
                  {proposal ? (
                    <span className="hint" id={`aud-${d}-evidence`}>
                      {' '}
                      {evidence(d, proposal, t)}
                    </span>
                  ) : null}
                  {err ? (
                    <span className="error" id={`aud-${d}-error`} role="alert">
                      {' '}
                      {err}
                    </span>
                  ) : null}
                </th>
                <td>
                  <select
                    aria-label={`${t(d)} · ${t('score')}`}
                    aria-invalid={err !== undefined}
                    aria-describedby={
                      [proposal ? `aud-${d}-evidence` : '', err ? `aud-${d}-error` : ''].filter(Boolean).join(' ') ||
                      undefined
                    }
                    value={scores[d].score ?? ''}
                    onChange={(e) =>
                      setScores({
                        ...scores,
                        [d]: { ...scores[d], score: e.currentTarget.value ? Number(e.currentTarget.value) : null },
                      })
                    }
                  >
                    <option value="">{t('choose')}</option>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`${t(d)} · ${t('scoreNote')}`}
                    value={scores[d].note}
                    onChange={(e) => setScores({ ...scores, [d]: { ...scores[d], note: e.currentTarget.value } })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormField id="aud-note" label={t('auditNote')} error={form.at('note')}>
        {(a) => <textarea {...a} rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
      </FormField>
    </RecordForm>
  );
}
