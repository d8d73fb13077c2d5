// Delete in two steps (no modal): the first press asks, the second deletes; Escape or leaving takes it back.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { call } from '../../shared/forge';
import { useProjectText } from '../texts';

export function RemoveButton(p: {
  readonly removeKey: string;
  readonly id: string;
  readonly name: string;
  readonly onRemoved: () => void;
  readonly onError: (message: string) => void;
}) {
  const t = useProjectText();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button appearance="subtle" onClick={() => setAsking(true)}>
        {t('remove')}
      </Button>
    );
  return (
    <span className="confirm" onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <Button
        appearance="danger"
        autoFocus
        aria-label={t('removeConfirm', { name: p.name })}
        onClick={() =>
          void call<unknown>(p.removeKey, { id: p.id }).then((r) => {
            setAsking(false);
            if (r.ok) p.onRemoved();
            else p.onError(r.error.message);
          })
        }
      >
        {t('remove')}?
      </Button>
      <Button appearance="subtle" onClick={() => setAsking(false)}>
        {t('cancel')}
      </Button>
    </span>
  );
}
