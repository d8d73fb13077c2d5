// A titled list of one record kind with its add/edit form and delete: the shape every sub-section of an
// opened supplier (and the Third parties tab) shares.
import { withoutChanged } from '../records/without-changed';
import Button from '@atlaskit/button/new';
import { useState, type ReactNode } from 'react';
import type { Changed } from '@contract/records/changed';
import { RecordList, type Column } from '../records/RecordList';
import { RemoveButton } from '../records/RemoveButton';
import { useProjectText } from '../texts';

export interface RecordSectionProps<T extends { readonly id: string }> {
  readonly id: string;
  readonly title: string;
  /** The title's heading level: 2 for a tab's own list, 3 for a section of an opened supplier. */
  readonly level: 2 | 3;
  readonly kind: string;
  readonly columns: ReadonlyArray<Column<T & Changed>>;
  readonly searchWhat: string;
  readonly filter?: Readonly<Record<string, string>>;
  readonly canChange: boolean;
  readonly blank: () => T;
  readonly addLabel: string;
  readonly nameOf: (row: T) => string;
  readonly editLabel: (row: T) => string;
  readonly form: (record: T, heading: string, onDone: (saved: boolean) => void) => ReactNode;
  /** More row actions for administrators (a review done); `changed` re-reads the list. */
  readonly moreActions?: (row: T & Changed, changed: (note: string) => void) => ReactNode;
  /** After any save or delete (the tab re-reads what depends on it). */
  readonly onChanged?: () => void;
}

export function RecordSection<T extends { readonly id: string }>(p: RecordSectionProps<T>) {
  const tp = useProjectText();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<{ record: T; heading: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const Heading = p.level === 2 ? 'h2' : 'h3';
  const changed = (message: string) => {
    setVersion((v) => v + 1);
    setNote(message);
    p.onChanged?.();
  };
  return (
    <section aria-labelledby={`${p.id}-h`} className="record-section">
      <Heading id={`${p.id}-h`}>{p.title}</Heading>
      {note ? (
        <p className="small" role="status">
          {note}
        </p>
      ) : null}
      {editing
        ? p.form(editing.record, editing.heading, (saved) => {
            setEditing(null);
            if (saved) changed(tp('saved'));
          })
        : null}
      <RecordList<T & Changed>
        id={p.id}
        caption={p.title}
        listKey={`${p.kind}.list`}
        columns={p.columns}
        searchWhat={p.searchWhat}
        csvName={p.id}
        version={version}
        {...(p.filter ? { filter: p.filter } : {})}
        toolbar={
          p.canChange && !editing ? (
            <Button appearance="primary" onClick={() => setEditing({ record: p.blank(), heading: p.addLabel })}>
              {p.addLabel}
            </Button>
          ) : null
        }
        {...(p.canChange
          ? {
              actions: (r: T & Changed) => (
                <>
                  {p.moreActions?.(r, changed)}
                  <Button
                    appearance="subtle"
                    onClick={() => setEditing({ record: withoutChanged(r), heading: p.editLabel(r) })}
                  >
                    {tp('edit')}
                  </Button>
                  <RemoveButton
                    removeKey={`${p.kind}.remove`}
                    id={r.id}
                    name={p.nameOf(r)}
                    onRemoved={() => changed(tp('removed'))}
                    onError={setNote}
                  />
                </>
              ),
            }
          : {})}
      />
    </section>
  );
}
