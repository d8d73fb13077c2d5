// One labelled input of the document: its id comes from its JSON path, and the check's findings at that
// path (or under it) appear right below it.
import type { ReactNode } from 'react';
import { Errors } from './Errors';
import { findingsAt, useEditor } from './editor';
import { inputId, type Path } from './path';

export interface InputAria {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

export function Field({
  path,
  label,
  hint,
  hideLabel,
  exact,
  children,
}: {
  readonly path: Path;
  readonly label: string;
  readonly hint?: string;
  /** The label is read out but not shown (inputs in a row whose meaning the row makes plain). */
  readonly hideLabel?: boolean;
  /** Only findings at this very path (the ones under it show at inputs of their own). */
  readonly exact?: boolean;
  readonly children: (aria: InputAria) => ReactNode;
}) {
  const { findings } = useEditor();
  const id = inputId(path);
  const here = findingsAt(findings, path, exact);
  const described = [hint ? `${id}-hint` : '', here.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={hideLabel ? 'cfg-field cfg-inline' : 'cfg-field'}>
      <label htmlFor={id} className={hideLabel ? 'cfg-sr' : undefined}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': here.some((f) => f.severity === 'blocking'),
        'aria-describedby': described || undefined,
      })}
      {hint && (
        <span className="cfg-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <Errors id={`${id}-error`} findings={here} />
    </div>
  );
}
