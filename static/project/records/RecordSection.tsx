// A titled list of one record kind with its add/edit form and delete: the shape most tabs and every
// sub-section of an opened supplier share.
import Button from '@atlaskit/button/new';
import { useState, type ReactNode } from 'react';
import type { Changed } from '@contract/records/changed';
import { RecordList, type Column } from './RecordList';
import { RemoveButton } from './RemoveButton';
import { withoutChanged } from './without-changed';
import { useProjectText } from '../texts';

/** T is the record a form saves; R what the list answers for a row (T and what the server adds). */
export interface RecordSectionProps<T extends { readonly id: string }, R extends T = T> {
  readonly id: string;
  readonly title: string;
  /** The title's heading level: 2 for a tab's own list, 3 for a section of an opened supplier. */
  readonly level: 2 | 3;
  readonly kind: string;
  readonly columns: ReadonlyArray<Column<R & Changed>>;
  readonly searchWhat: string;
  readonly filter?: Readonly<Record<string, string>>;
  readonly canChange: boolean;
  readonly blank: () => T;
  readonly addLabel: string;
  readonly nameOf: (row: T) => string;
  readonly editLabel: (row: T) => string;
  readonly form: (record: T, heading: string, onDone: (saved: boolean) => void) => ReactNode;
  /** More row actions for administrators (a review done); `changed` re-reads the list. */
  readonly moreActions?: (row: R & Changed, changed: (note: string) => void) => ReactNode;
  /** After any save or delete (the tab re-reads what depends on it). */
  readonly onChanged?: () => void;
  /** The record a listed row's form edits (default: the row without who changed it last). */
  readonly toEdit?: (row: R & Changed) => T;
}

export function RecordSection<T extends { readonly id: string }, R extends T = T>(p: RecordSectionProps<T, R>) {
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
      <RecordList<R & Changed>
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
              actions: (r: R & Changed) => (
                <>
                  {p.moreActions?.(r, changed)}
                  <Button
                    appearance="subtle"
                    onClick={() => setEditing({ record: (p.toEdit ?? withoutChanged)(r), heading: p.editLabel(r) })}
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
