// Periodic surveys (公开调查): the campaigns with how many links were answered; for the project's
// administrators, opening one and the links to copy (the app cannot email outside Jira).
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import type { PanelResult } from '@contract/panel';
import { SURVEY, type Campaign, type CampaignLink } from '@contract/records/survey';
import { call } from '../../shared/forge';
import type { CustomerOption } from '../records/useCustomerOptions';
import { useProjectText } from '../texts';
import { CampaignForm } from './CampaignForm';
import { useSurveyText } from './texts';

type Opened = { campaign: Campaign; links: CampaignLink[] };

export function CampaignsPanel(p: {
  readonly canChange: boolean;
  readonly customers: readonly CustomerOption[];
  readonly customer: (id: string) => string;
  readonly onOpened: () => void;
}) {
  const t = useSurveyText();
  const tp = useProjectText();
  const [list, setList] = useState<PanelResult<Campaign[]> | null>(null);
  const [version, setVersion] = useState(0);
  const [adding, setAdding] = useState(false);
  const [shown, setShown] = useState<PanelResult<Opened> | null>(null);
  useEffect(() => void call<Campaign[]>(SURVEY.campaigns).then(setList), [version]);
  const showLinks = (id: string) => {
    setShown(null);
    void call<Opened>(SURVEY.links, { id }).then(setShown);
  };
  return (
    <section aria-labelledby="campaigns-heading" className="survey-section">
      <h2 id="campaigns-heading">{t('campaigns')}</h2>
      <p className="small">{t('campaignsHint')}</p>
      {p.canChange && !adding ? (
        <div className="row toolbar">
          <Button appearance="primary" onClick={() => setAdding(true)}>
            {t('open')}
          </Button>
        </div>
      ) : null}
      {adding ? (
        <CampaignForm
          customers={p.customers}
          onDone={(opened) => {
            setAdding(false);
            if (!opened) return;
            setShown({ ok: true, data: opened });
            setVersion(version + 1);
            p.onOpened();
          }}
        />
      ) : null}
      {!list ? (
        <Spinner label={tp('loading')} />
      ) : !list.ok ? (
        <SectionMessage appearance="error" title={tp('failed')}>
          <p>{list.error.message}</p>
        </SectionMessage>
      ) : list.data.length === 0 ? (
        <p>{t('noCampaigns')}</p>
      ) : (
        <table className="grid" id="campaigns">
          <caption className="sr">{t('campaigns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('title')}</th>
              <th scope="col">{t('customer')}</th>
              <th scope="col">{t('closesOn')}</th>
              <th scope="col">{t('answered')}</th>
              {p.canChange ? <th scope="col">{tp('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.data.map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>{c.customerId ? p.customer(c.customerId) : t('allCustomers')}</td>
                <td>{c.closesOn}</td>
                <td>{t('sentAnswered', { answered: c.answered, sent: c.sent })}</td>
                {p.canChange ? (
                  <td className="row-actions">
                    <Button appearance="subtle" onClick={() => showLinks(c.id)}>
                      {t('links')}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown === null ? null : !shown.ok ? (
        <p className="error" role="alert">
          {shown.error.message}
        </p>
      ) : (
        <div className="campaign-links">
          <div className="row">
            <h3>{t('linksOf', { title: shown.data.campaign.title })}</h3>
            <Button appearance="subtle" onClick={() => setShown(null)}>
              {t('hideLinks')}
            </Button>
          </div>
          <table className="grid" id="campaign-links">
            <caption className="sr">{t('linksOf', { title: shown.data.campaign.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('respondent')}</th>
                <th scope="col">{t('customer')}</th>
                <th scope="col">{t('answered')}</th>
                <th scope="col">{t('link')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.data.links.map((l) => (
                <tr key={l.surveyId}>
                  <td>{l.respondent}</td>
                  <td>{p.customer(l.customerId)}</td>
                  <td>{l.answered ? t('yes') : t('no')}</td>
                  <td>
                    <input
                      className="search link"
                      readOnly
                      value={l.url}
                      aria-label={t('linkOf', { who: l.respondent })}
                      onFocus={(e) => e.currentTarget.select()}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
