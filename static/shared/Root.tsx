// What every surface starts with: the viewer's context (theme applied), its language and zone.
import Spinner from '@atlaskit/spinner';
import type { ReactNode } from 'react';
import { useForgeContext } from './forge';
import { TextContext, texts } from './i18n';
import './ui.css';

export function Root({ children }: { readonly children: ReactNode }) {
  const context = useForgeContext();
  if (!context) return <Spinner label="Loading" />;
  document.documentElement.lang = context.locale;
  return <TextContext value={texts(context.locale, context.timezone)}>{children}</TextContext>;
}
