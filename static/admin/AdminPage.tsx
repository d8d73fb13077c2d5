// The admin page: one draft configuration shared by its sections, each loaded when first opened.
import { lazy, Suspense, useState, type ComponentType } from 'react';
import Spinner from '@atlaskit/spinner';
import SectionMessage from '@atlaskit/section-message';
import { ActivateBar } from './activate/ActivateBar';
import { useDraft, type Draft } from './draft';
import { useAdminText } from './texts';
import './admin.css';

export interface SectionProps {
  readonly draft: Draft;
}

const SECTIONS = {
  setup: lazy(() => import('./setup/SetupSection')),
  configuration: lazy(() => import('./config/ConfigurationSection')),
  whatIf: lazy(() => import('./preview/PreviewSection')),
  history: lazy(() => import('./history/HistorySection')),
  activity: lazy(() => import('./activity/ActivitySection')),
  json: lazy(() => import('./json/JsonSection')),
} satisfies Record<string, ComponentType<SectionProps>>;
type SectionKey = keyof typeof SECTIONS;

export function AdminPage() {
  const t = useAdminText();
  const draft = useDraft();
  const [open, setOpen] = useState<SectionKey>('setup');
  const Section = SECTIONS[open];
  return (
    <>
      <h1>{t('title')}</h1>
      <nav className="sections" aria-label={t('sections')}>
        {(Object.keys(SECTIONS) as SectionKey[]).map((k) => (
          <button key={k} type="button" aria-current={k === open ? 'page' : undefined} onClick={() => setOpen(k)}>
            {t(k)}
          </button>
        ))}
      </nav>
      {!draft.loaded ? (
        <Spinner label={t('loading')} />
      ) : !draft.loaded.ok ? (
        <SectionMessage appearance="error" title={t('loadFailed')}>
          <p>{draft.loaded.error.message}</p>
        </SectionMessage>
      ) : (
        <>
          <p>
            {draft.loaded.data.active.activatedAt === null
              ? t('templateInForce')
              : t('version', { n: draft.loaded.data.active.version })}
            {draft.dirty ? ` · ${t('unsaved')}` : ''}
          </p>
          <ActivateBar draft={draft} />
          <Suspense fallback={<Spinner label={t('loading')} />}>
            <Section draft={draft} />
          </Suspense>
        </>
      )}
    </>
  );
}
