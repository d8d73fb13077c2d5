// A form's submit button (disabled while its call runs) and the outcome beside it, announced politely.
import Button from '@atlaskit/button/new';

export function SubmitRow(p: {
  readonly busy: boolean;
  readonly label: string;
  readonly busyLabel: string;
  readonly note: string | null;
}) {
  return (
    <div className="row">
      <Button type="submit" appearance="primary" isDisabled={p.busy}>
        {p.busy ? p.busyLabel : p.label}
      </Button>
      {p.note ? (
        <span className="small" role="status">
          {p.note}
        </span>
      ) : null}
    </div>
  );
}
