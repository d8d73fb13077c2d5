// The frame of every supplier and third-party form: its heading, a refusal no field shows, the fields, and
// Save / Cancel.
import Button from '@atlaskit/button/new';
import type { ReactNode } from 'react';
import { useProjectText } from '../texts';

export function RecordForm(p: {
  readonly heading: string;
  readonly level: 3 | 4;
  readonly wide?: boolean;
  /** The form's refusal when no field shows its path. */
  readonly general: string | undefined;
  readonly busy: boolean;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const tp = useProjectText();
  const Heading = p.level === 3 ? 'h3' : 'h4';
  return (
    <form
      className={p.wide ? 'record wide' : 'record'}
      aria-label={p.heading}
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      <Heading>{p.heading}</Heading>
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
