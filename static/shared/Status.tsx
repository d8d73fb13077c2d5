// Loading, inactive and error states, the same on every surface.
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { PanelResult, PanelView } from '@contract/panel';
import type { ReactNode } from 'react';
import { useText } from './i18n';

export function Status({
  result,
  children,
}: {
  readonly result: PanelResult<PanelView> | null;
  readonly children: (view: PanelView) => ReactNode;
}) {
  const t = useText();
  if (!result) return <Spinner label={t('loading')} />;
  if ((result.ok && !result.data.managed) || (!result.ok && result.error.code === 'inactive'))
    return (
      <SectionMessage title={t('inactive')}>
        <p>{result.ok ? t('inactiveBody') : result.error.message}</p>
      </SectionMessage>
    );
  if (!result.ok)
    return (
      <SectionMessage appearance="error" title={t('error')}>
        <p>{result.error.message}</p>
      </SectionMessage>
    );
  return children(result.data);
}
