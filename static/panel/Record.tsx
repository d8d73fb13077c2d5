// What has happened: escalations done, the quality-responsibility verdict with its evidence, linked issues.
import type { PanelView } from '@contract/panel';
import { useText } from '../shared/i18n';

/** An escalation group the engine recorded as done, in words; other groups (routing, priority) are not escalations. */
function escalation(group: string, view: PanelView, t: ReturnType<typeof useText>): string | null {
  const [kind, a, goal, , percent] = group.split(':');
  const name = (list: PanelView['goals'] | PanelView['tiers'], id: string | undefined) =>
    list.find((x) => x.id === id)?.name[t.lang] ?? id ?? '';
  if (kind === 'sla' && percent) return t('threshold', { goal: name(view.goals, goal), percent });
  if (kind === 'ola') return t('tierTimeout', { tier: name(view.tiers, a) });
  if (kind === 'tier-request') return t('tierRequest');
  if (kind === 'complaint') return t('complaint');
  return null;
}

/** Groups in order of their parts, numbers as numbers: a goal's 50 % comes before its 75 % and 100 %. */
function byParts(a: string, b: string): number {
  const x = a.split(':');
  const y = b.split(':');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const n = Number(x[i]);
    const m = Number(y[i]);
    const c = Number.isNaN(n) || Number.isNaN(m) ? x[i]!.localeCompare(y[i]!) : n - m;
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

export function Record({ view }: { readonly view: PanelView }) {
  const t = useText();
  const s = view.state!;
  const escalations = [...s.done].sort(byParts).flatMap((g) => escalation(g, view, t) ?? []);
  const r = s.responsibilityDetail;
  const party = view.parties.find((p) => p.id === r?.party);
  const links = (['problem', 'ltc', 'ipd'] as const).filter((k) => s.links[k]);
  return (
    <>
      <section aria-labelledby="escalations">
        <h2 id="escalations">{t('escalations')}</h2>
        {escalations.length === 0 ? (
          <p className="why">{t('noEscalations')}</p>
        ) : (
          <ul className="plain">
            {escalations.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="responsibility">
        <h2 id="responsibility">{t('responsibility')}</h2>
        {r ? (
          <>
            <strong>{party ? party.name[t.lang] : r.party}</strong>
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
                {t(k)}: {s.links[k]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
