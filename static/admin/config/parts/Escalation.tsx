// Escalation: at which share of an SLA target the app acts and what it does, what it does when a tier's
// OLA runs out, and on a complaint from a customer or from a user.
import { ChoiceList } from '../ChoiceList';
import { useEditor } from '../editor';
import { MinutesInput, NumberInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useOptions } from '../options';
import { useConfigText } from '../texts';
import { Actions } from './Actions';
import { GradesAndTypes } from './GradesAndTypes';

export default function Escalation() {
  const t = useConfigText();
  const { doc } = useEditor();
  const options = useOptions();
  return (
    <>
      <h3>{t('thresholds')}</h3>
      <Items
        path={['escalation', 'thresholds']}
        title={(_, i) => doc.escalation.thresholds[i]?.id ?? ''}
        add={t('addThresholdSet')}
        make={(l) => ({
          id: freshId(l, 'thresholds'),
          goals: options.goals.map((g) => g.value),
          when: {},
          at: [{ percent: 100, actions: [{ type: 'addLabel', label: 'sla-breached' }] }],
        })}
      >
        {(i) => {
          const base = ['escalation', 'thresholds', i] as const;
          return (
            <>
              <TextInput path={[...base, 'id']} label={t('id')} />
              <ChoiceList path={[...base, 'goals']} legend={t('forGoals')} options={options.goals} />
              <GradesAndTypes path={[...base, 'when']} />
              <Items
                path={[...base, 'at']}
                title={(_, j) => t('atPercent', { n: doc.escalation.thresholds[i]?.at[j]?.percent ?? '' })}
                add={t('addThreshold')}
                make={() => ({
                  percent: 90,
                  actions: [{ type: 'notify', to: ['assignee'], text: { en: '', zh: '' } }],
                })}
              >
                {(j) => (
                  <>
                    <NumberInput path={[...base, 'at', j, 'percent']} label={t('percentOfTarget')} />
                    <Actions path={[...base, 'at', j, 'actions']} />
                  </>
                )}
              </Items>
            </>
          );
        }}
      </Items>
      <h3>{t('tierTimeout')}</h3>
      <Actions path={['escalation', 'tierTimeout']} />
      <h3>{t('customerComplaint')}</h3>
      <Actions path={['escalation', 'complaints', 'customer']} />
      <h3>{t('userComplaint')}</h3>
      <Actions path={['escalation', 'complaints', 'user']} />
      <h3>{t('complaintHandling')}</h3>
      <MinutesInput
        path={['escalation', 'complaints', 'handling', 'customer']}
        label={t('complaintHandlingCustomer')}
      />
      <MinutesInput path={['escalation', 'complaints', 'handling', 'user']} label={t('complaintHandlingUser')} />
    </>
  );
}
