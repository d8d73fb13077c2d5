// The frame the finance forms share: heading, the refusal no field shows, Save and Cancel.
import Button from '@atlaskit/button/new';
import type { ReactNode } from 'react';
import { useProjectText } from '../texts';

export function FormShell(p: {
  readonly heading: string;
  readonly general: string | undefined;
  readonly busy: boolean;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const tp = useProjectText();
  return (
    <form
      className="record"
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      <h3>{p.heading}</h3>
      {p.general ? (
        <p className="error" role="alert">
          {p.general}
        </p>
      ) : null}
      {p.children}
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={p.busy}>
          {p.busy ? tp('saving') : tp('save')}
        </Button>
        <Button appearance="subtle" onClick={p.onCancel}>
          {tp('cancel')}
        </Button>
      </div>
    </form>
  );
}
