// What has happened: escalations done (with their instants), the quality-responsibility verdict with its
// evidence, linked issues (opened through Jira's router, not by the frame).
import type { EscalationDone, PanelView } from '@contract/panel';
import { instant } from '../shared/format';
import { useText } from '../shared/i18n';
import { through } from './links';

/** An escalation group the engine recorded as done, in words. */
function escalation(group: string, view: PanelView, t: ReturnType<typeof useText>): string {
  const [kind, a, goal, , percent] = group.split(':');
  const name = (list: PanelView['goals'] | PanelView['tiers'], id: string | undefined) =>
    list.find((x) => x.id === id)?.name[t.lang] ?? id ?? '';
  if (kind === 'sla') return t('threshold', { goal: name(view.goals, goal), percent: percent ?? '' });
  if (kind === 'ola') return t('tierTimeout', { tier: name(view.tiers, a) });
  if (kind === 'tier-request') return t('tierRequest');
  return t('complaint');
}

export function Record({ view }: { readonly view: PanelView }) {
  const t = useText();
  const s = view.state!;
  const r = s.responsibilityDetail;
  const party = view.parties.find((p) => p.id === r?.party);
  const links = (['problem', 'ltc', 'ipd'] as const).filter((k) => s.links[k]);
  const when = (e: EscalationDone) => (e.at === null ? '' : instant(e.at, t));
  return (
    <>
      <section aria-labelledby="escalations">
        <h2 id="escalations">{t('escalations')}</h2>
        {view.escalations.length === 0 ? (
          <p className="why">{t('noEscalations')}</p>
        ) : (
          <ul className="plain" data-escalations="">
            {view.escalations.map((e) => (
              <li key={e.group} data-at={e.at ?? undefined}>
                {e.at === null
                  ? escalation(e.group, view, t)
                  : t('escalatedAt', { what: escalation(e.group, view, t), t: when(e) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="responsibility">
        <h2 id="responsibility">{t('responsibility')}</h2>
        {r ? (
          <>
            <strong data-party={r.party}>{party ? party.name[t.lang] : r.party}</strong>
            {r.supplier && <span> · {r.supplier}</span>}
            <ul>
              {r.evidence.map((e) => (
                <li key={e.en}>{e[t.lang]}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="why">{t('undecided')}</p>
        )}
      </section>
      {links.length > 0 && (
        <section aria-labelledby="links">
          <h2 id="links">{t('links')}</h2>
          <ul className="plain">
            {links.map((k) => (
              <li key={k}>
                {t(k)}:{' '}
                <a href={`/browse/${s.links[k]!}`} onClick={through('navigate', `/browse/${s.links[k]!}`)}>
                  {s.links[k]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
