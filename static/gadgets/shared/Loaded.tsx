// Loading, error (with the resolver's message and a retry) and empty states around a gadget's figures.
import Spinner from '@atlaskit/spinner';
import type { ReactNode } from 'react';
import type { Loaded } from './useGadgetData';
import { useGadgetText } from './texts';

export function LoadedView<T>(p: {
  readonly loaded: Loaded<T>;
  readonly retry: () => void;
  readonly isEmpty: (data: T) => boolean;
  /** What an empty answer means for this gadget. */
  readonly empty?: string;
  readonly children: (data: T) => ReactNode;
}) {
  const t = useGadgetText();
  if (p.loaded.state === 'loading')
    return (
      <div className="gadget-state" role="status">
        <Spinner label={t('loading')} />
        <span>{t('loading')}</span>
      </div>
    );
  const r = p.loaded.result;
  if (!r.ok)
    return (
      <div className="gadget-error" role="alert">
        <h2>{t('failed')}</h2>
        <p>{r.error.message}</p>
        <button type="button" className="gadget-button" onClick={p.retry}>
          {t('retry')}
        </button>
      </div>
    );
  if (p.isEmpty(r.data))
    return (
      <p className="gadget-state empty" role="status">
        {p.empty ?? t('empty')}
      </p>
    );
  return <>{p.children(r.data)}</>;
}
