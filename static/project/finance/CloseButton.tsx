// Closing a settlement period, in two steps (no modal): the first press asks, naming what closing means;
// the second closes it for good. Escape or Cancel takes it back.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { Settlement } from '@contract/records/settlement';
import { call } from '../../shared/forge';
import { useProjectText } from '../texts';
import { useFinanceText } from './texts';

export function CloseButton(p: {
  readonly period: Settlement;
  readonly onClosed: () => void;
  readonly onError: (message: string) => void;
}) {
  const t = useFinanceText();
  const tp = useProjectText();
  const [asking, setAsking] = useState(false);
  const words = { from: p.period.starts, to: p.period.ends };
  if (!asking)
    return (
      <Button appearance="subtle" onClick={() => setAsking(true)}>
        {t('close')}
      </Button>
    );
  return (
    <span className="confirm" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span className="small" id={`close-${p.period.id}`}>
        {t('closeConfirm', words)}
      </span>
      <Button
        appearance="warning"
        autoFocus
        aria-describedby={`close-${p.period.id}`}
        onClick={() =>
          void call<unknown>('settlement.save', { record: { ...p.period, status: 'closed' } }).then((r) => {
            setAsking(false);
            if (r.ok) p.onClosed();
            else p.onError(r.error.message);
          })
        }
      >
        {t('close')}
      </Button>
      <Button appearance="subtle" onClick={() => setAsking(false)}>
        {tp('cancel')}
      </Button>
    </span>
  );
}
