// A list of items in the document (calendars, rules, tiers…), each a card that can be moved, removed and
// added to; findings about an item as a whole (a rule that can never match) show at the top of its card.
// In a long list the cards start folded to their titles; a card with findings in it starts open.
import Button from '@atlaskit/button/new';
import { useState, type ReactNode } from 'react';
import { Errors } from './Errors';
import { findingsAt, useEditor } from './editor';
import { getAt, inputId, moved, setAt, updateList, without, type Path } from './path';
import { useConfigText } from './texts';

/** Lists longer than this start folded. */
const FOLD_FROM = 2;

export function Items({
  path,
  title,
  add,
  make,
  more,
  ordered,
  dropEmpty,
  flat,
  children,
}: {
  readonly path: Path;
  /** The card's heading for item i. */
  readonly title: (item: unknown, i: number) => string;
  /** The label of the button that adds an item. */
  readonly add: string;
  /** A new item, given the current list. */
  readonly make: (list: readonly unknown[]) => unknown;
  /** Other kinds of item to add, each with its button. */
  readonly more?: ReadonlyArray<{ readonly add: string; readonly make: () => unknown }>;
  /** The key is removed when the last item goes (the schema wants such a list absent or non-empty). */
  readonly dropEmpty?: boolean;
  /** Cards never fold (small items that read best all open). */
  readonly flat?: boolean;
  /** Whether order matters (first match wins): cards get move buttons. */
  readonly ordered?: boolean;
  readonly children: (i: number) => ReactNode;
}) {
  const t = useConfigText();
  const { doc, change, findings } = useEditor();
  const value = getAt(doc, path);
  const list: readonly unknown[] = Array.isArray(value) ? value : [];
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setOpened((o) => {
      const n = new Set(o);
      if (!n.delete(i)) n.add(i);
      return n;
    });
  const edit = (next: (l: unknown[]) => unknown[]) =>
    change((d) => {
      const after = updateList(d, path, next);
      return dropEmpty && (getAt(after, path) as unknown[]).length === 0 ? setAt(after, path, undefined) : after;
    });
  // Which cards are open follows them when they move or one before them goes.
  const reindex = (to: (j: number) => number | undefined) =>
    setOpened(
      (o) =>
        new Set(
          [...o].flatMap((j) => {
            const k = to(j);
            return k === undefined ? [] : [k];
          }),
        ),
    );
  const move = (i: number, by: number) => {
    const to = Math.min(Math.max(i + by, 0), list.length - 1);
    reindex((j) => (j === i ? to : j === to ? i : j));
    edit((l) => moved(l, i, by));
  };
  const remove = (i: number) => {
    reindex((j) => (j === i ? undefined : j > i ? j - 1 : j));
    edit((l) => without(l, i));
  };
  const append = (item: unknown) => {
    setOpened((o) => new Set(o).add(list.length));
    edit((l) => [...l, item]);
  };
  return (
    <div className="cfg-items">
      {list.length === 0 && <p className="cfg-hint">{t('noneYet')}</p>}
      {list.map((item, i) => {
        const name = title(item, i);
        const id = inputId([...path, i]);
        const folding = !flat && list.length > FOLD_FROM;
        const open = !folding || opened.has(i) || findingsAt(findings, [...path, i]).length > 0;
        return (
          <section
            key={i}
            className={open ? 'cfg-card' : 'cfg-card cfg-folded'}
            aria-labelledby={`${id}-title`}
            id={id}
            tabIndex={-1}
          >
            <div className="cfg-card-head">
              <h4 id={`${id}-title`}>
                {!folding ? (
                  name
                ) : (
                  <button
                    type="button"
                    className="cfg-fold"
                    aria-expanded={open}
                    aria-controls={`${id}-body`}
                    onClick={() => toggle(i)}
                  >
                    <span aria-hidden="true">{open ? '▾' : '▸'}</span> {name}
                  </button>
                )}
              </h4>
              <div className="cfg-card-tools">
                {ordered && (
                  <>
                    <Button
                      spacing="compact"
                      isDisabled={i === 0}
                      aria-label={t('moveUp', { name })}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </Button>
                    <Button
                      spacing="compact"
                      isDisabled={i === list.length - 1}
                      aria-label={t('moveDown', { name })}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </Button>
                  </>
                )}
                <Button spacing="compact" aria-label={t('removeNamed', { name })} onClick={() => remove(i)}>
                  {t('remove')}
                </Button>
              </div>
            </div>
            <Errors id={`${id}-error`} findings={findingsAt(findings, [...path, i], true)} />
            {open && <div id={`${id}-body`}>{children(i)}</div>}
          </section>
        );
      })}
      <div className="cfg-row">
        <Button onClick={() => append(make(list))}>{add}</Button>
        {more?.map((m) => (
          <Button key={m.add} onClick={() => append(m.make())}>
            {m.add}
          </Button>
        ))}
      </div>
    </div>
  );
}

/** An id not yet used in `list`: `base`, else base-2, base-3… */
export function freshId(list: readonly unknown[], base: string): string {
  const taken = new Set(list.map((x) => (typeof x === 'object' && x !== null && 'id' in x ? String(x.id) : '')));
  let n = 1;
  while (taken.has(n === 1 ? base : `${base}-${n}`)) n++;
  return n === 1 ? base : `${base}-${n}`;
}
