// Loading, inactive and error states, the same on every surface.
import Spinner from '@atlaskit/spinner';
import type { PanelResult, PanelView } from '@contract/panel';
import { lazy, Suspense, type ReactNode } from 'react';
import { useText } from './i18n';

// Only the inactive and error states show a message box: it is not part of the initial JS.
const SectionMessage = lazy(() => import('@atlaskit/section-message'));

export function Status({
  result,
  children,
}: {
  readonly result: PanelResult<PanelView> | null;
  readonly children: (view: PanelView) => ReactNode;
}) {
  const t = useText();
  if (!result) return <Spinner label={t('loading')} />;
  const inactive = (result.ok && !result.data.managed) || (!result.ok && result.error.code === 'inactive');
  if (result.ok && !inactive) return children(result.data);
  return (
    <Suspense fallback={<p>{inactive ? t('inactive') : t('error')}</p>}>
      <SectionMessage appearance={inactive ? 'information' : 'error'} title={inactive ? t('inactive') : t('error')}>
        <p>{result.ok ? t('inactiveBody') : result.error.message}</p>
      </SectionMessage>
    </Suspense>
  );
}
