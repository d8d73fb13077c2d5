// SLA: the goals (their conditions read-only here: the JSON view edits them) and the policies that set each
// goal's target for the issues they match, first match wins, on a chosen calendar.
import Button from '@atlaskit/button/new';
import { useEditor } from '../editor';
import { ChoiceList } from '../ChoiceList';
import { ListInput, MinutesInput, NamesInput, NumberInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useNamed, useOptions } from '../options';
import { setAt } from '../path';
import { useConfigText } from '../texts';
import { useText } from '../../../shared/i18n';
import { formatMinutes } from '../duration';
import { eventText, stateText } from './conditions';
import { GradesAndTypes } from './GradesAndTypes';

function Goals() {
  const t = useConfigText();
  const named = useNamed();
  const { doc } = useEditor();
  return (
    <Items
      path={['sla', 'goals']}
      title={named}
      add={t('addGoal')}
      make={(l) => ({
        id: freshId(l, 'goal'),
        name: { en: 'New goal', zh: '新目标' },
        start: [{ on: 'created' }],
        stop: [{ on: 'statusEntered', categories: ['done'] }],
      })}
    >
      {(i) => {
        const g = doc.sla.goals[i];
        return (
          <>
            <div className="cfg-row">
              <TextInput path={['sla', 'goals', i, 'id']} label={t('id')} />
              <NamesInput path={['sla', 'goals', i, 'name']} label={t('name')} />
            </div>
            {g && (
              <dl className="cfg-readonly">
                <dt>{t('starts')}</dt>
                <dd>{g.start.map((c) => eventText(c, t)).join(t('or'))}</dd>
                <dt>{t('stops')}</dt>
                <dd>{g.stop.map((c) => eventText(c, t)).join(t('or'))}</dd>
                <dt>{t('pauses')}</dt>
                <dd>{(g.pause ?? []).map((c) => stateText(c, t)).join(t('or')) || t('never')}</dd>
                <dt>{t('resets')}</dt>
                <dd>{(g.reset ?? []).map((c) => eventText(c, t)).join(t('or')) || t('never')}</dd>
              </dl>
            )}
            <p className="cfg-hint">{t('conditionsInJson')}</p>
          </>
        );
      }}
    </Items>
  );
}

function Targets({ policy }: { readonly policy: number }) {
  const t = useConfigText();
  const { doc, change } = useEditor();
  const options = useOptions();
  const targets = doc.sla.policies[policy]?.targets ?? {};
  const path = ['sla', 'policies', policy, 'targets'] as const;
  const goals = [
    ...options.goals,
    ...Object.keys(targets)
      .filter((k) => !options.goals.some((g) => g.value === k))
      .map((k) => ({ value: k, label: k })),
  ];
  return (
    <div className="cfg-row">
      {goals.map((g) =>
        g.value in targets ? (
          <div key={g.value} className="cfg-target">
            <MinutesInput path={[...path, g.value]} label={g.label} />
            <Button
              spacing="compact"
              appearance="subtle"
              aria-label={t('removeTarget', { goal: g.label })}
              onClick={() => change((d) => setAt(d, [...path, g.value], undefined))}
            >
              {t('remove')}
            </Button>
          </div>
        ) : (
          <div key={g.value} className="cfg-target">
            <span className="cfg-hint">{t('noTarget', { goal: g.label })}</span>
            <Button spacing="compact" onClick={() => change((d) => setAt(d, [...path, g.value], 480))}>
              {t('setTarget')}
            </Button>
          </div>
        ),
      )}
    </div>
  );
}

export default function Sla() {
  const t = useConfigText();
  const { lang } = useText();
  const { doc } = useEditor();
  const options = useOptions();
  // Folded, a policy still says whom it covers and its targets.
  const policyTitle = (i: number) => {
    const p = doc.sla.policies[i];
    if (!p) return '';
    const who = [...(p.when.grades ?? []), ...(p.when.serviceTypes ?? [])].join(', ') || t('any');
    const targets = Object.entries(p.targets).map(
      ([goal, m]) => `${doc.sla.goals.find((g) => g.id === goal)?.name[lang] ?? goal} ${formatMinutes(m, lang)}`,
    );
    return `${i + 1}. ${p.id} (${who}): ${targets.join(' · ')}`;
  };
  return (
    <>
      <NumberInput path={['sla', 'riskShare']} label={t('riskShare')} hint={t('riskShareHint')} step={0.05} />
      <h3>{t('goals')}</h3>
      <Goals />
      <h3>{t('policies')}</h3>
      <p className="cfg-hint">{t('policiesHint')}</p>
      <Items
        path={['sla', 'policies']}
        ordered
        title={(_, i) => policyTitle(i)}
        add={t('addPolicy')}
        make={(l) => ({ id: freshId(l, 'policy'), when: {}, targets: {} })}
      >
        {(i) => {
          const base = ['sla', 'policies', i] as const;
          return (
            <>
              <div className="cfg-row">
                <TextInput path={[...base, 'id']} label={t('id')} />
                <SelectInput
                  path={[...base, 'calendar']}
                  label={t('calendar')}
                  options={options.calendars}
                  none={t('serviceCalendar')}
                />
              </div>
              <h5>{t('targets')}</h5>
              <Targets policy={i} />
              <h5>{t('appliesTo')}</h5>
              <GradesAndTypes path={[...base, 'when']} />
              <ChoiceList
                path={[...base, 'when', 'customerTiers']}
                legend={t('customerTiers')}
                options={options.customerTiers}
                optional
              />
              <div className="cfg-grid">
                <ListInput path={[...base, 'when', 'projects']} label={t('projects')} hint={t('anyIfEmpty')} optional />
                <ListInput
                  path={[...base, 'when', 'issueTypes']}
                  label={t('issueTypes')}
                  hint={t('anyIfEmpty')}
                  optional
                />
                <ListInput
                  path={[...base, 'when', 'customers']}
                  label={t('customers')}
                  hint={t('anyIfEmpty')}
                  optional
                />
              </div>
            </>
          );
        }}
      </Items>
    </>
  );
}
