// The project page: the service project's relationship records, one tab each, each loaded when opened.
// Who may change them is asked once (administrators of the project); everyone who may browse reads.
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { PROJECT, type ProjectAccess, type ProjectTab } from '@contract/project';
import type { PanelResult } from '@contract/panel';
import { call } from '../shared/forge';
import { useProjectText } from './texts';
import './project.css';

export interface TabProps {
  readonly access: ProjectAccess;
}

const TABS: Partial<Record<ProjectTab, ComponentType<TabProps>>> = {
  customers: lazy(() => import('./customers/CustomersTab')),
  contracts: lazy(() => import('./contracts/ContractsTab')),
  reports: lazy(() => import('./reports/ReportsTab')),
  valueAdded: lazy(() => import('./value-added/ValueAddedTab')),
  surveys: lazy(() => import('./surveys/SurveysTab')),
  suppliers: lazy(() => import('./suppliers/SuppliersTab')),
  thirdParties: lazy(() => import('./third-parties/ThirdPartiesTab')),
  feedback: lazy(() => import('./feedback/FeedbackTab')),
  communication: lazy(() => import('./communication/CommunicationTab')),
  finance: lazy(() => import('./finance/FinanceTab')),
};

export function ProjectPage() {
  const t = useProjectText();
  const [access, setAccess] = useState<PanelResult<ProjectAccess> | null>(null);
  const tabs = Object.keys(TABS) as ProjectTab[];
  const [open, setOpen] = useState<ProjectTab>(tabs[0]!);
  useEffect(() => void call<ProjectAccess>(PROJECT.access).then(setAccess), []);
  if (!access) return <Spinner label={t('loading')} />;
  if (!access.ok)
    return (
      <SectionMessage appearance="error" title={t('failed')}>
        <p>{access.error.message}</p>
      </SectionMessage>
    );
  const Tab = TABS[open]!;
  return (
    <>
      <h1>{t('title', { key: access.data.project.key })}</h1>
      {access.data.canChange ? null : <p className="small">{t('readOnly')}</p>}
      <div role="tablist" className="tabs" aria-label={t('tabs')}>
        {tabs.map((k) => (
          <button
            key={k}
            id={`tab-${k}`}
            type="button"
            role="tab"
            aria-selected={k === open}
            aria-controls="tab-panel"
            tabIndex={k === open ? 0 : -1}
            onClick={() => setOpen(k)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = tabs[(tabs.indexOf(k) + step + tabs.length) % tabs.length]!;
              setOpen(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(k)}
          </button>
        ))}
      </div>
      <section id="tab-panel" role="tabpanel" aria-labelledby={`tab-${open}`}>
        <Suspense fallback={<Spinner label={t('loading')} />}>
          <Tab access={access.data} />
        </Suspense>
      </section>
    </>
  );
}
