// Service type and grade with why, who raised it, the service and the tier holding the issue.
import type { PanelView } from '@contract/panel';
import { useText } from '../shared/i18n';
import { through } from './links';

export function Facts({ view }: { readonly view: PanelView }) {
  const t = useText();
  const s = view.state!;
  const tier = view.tiers.find((x) => x.id === s.tier);
  return (
    <dl className="facts">
      <dt>{t('serviceType')}</dt>
      <dd>
        {t.local(view.names.serviceType)}
        <div className="why">{t('rule', { id: s.why.classification })}</div>
      </dd>
      <dt>{t('grade')}</dt>
      <dd>
        {t.local(view.names.grade)}
        {s.why.grade.map((w) => (
          <div className="why" key={w.en}>
            {w[t.lang]}
          </div>
        ))}
      </dd>
      <dt>{t('requester')}</dt>
      <dd>
        {t(s.requester)}
        {s.customer && <div className="why">{view.customerName ?? s.customer}</div>}
      </dd>
      <dt>{t('service')}</dt>
      <dd>
        {t.local(view.names.service)}
        {view.emergencyPlanUrl && (
          <div>
            <a href={view.emergencyPlanUrl} onClick={through('open', view.emergencyPlanUrl)}>
              {t('emergencyPlan')}
            </a>
          </div>
        )}
      </dd>
      <dt>{t('tier')}</dt>
      <dd>{tier ? tier.name[t.lang] : t('none')}</dd>
    </dl>
  );
}
