// A labelled input with its hint and the resolver's refusal under it (aria-describedby, aria-invalid).
import type { ReactNode } from 'react';

export interface FieldAria {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

export function FormField(p: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly children: (aria: FieldAria) => ReactNode;
}) {
  const described = [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      {p.children({ id: p.id, 'aria-invalid': p.error !== undefined, 'aria-describedby': described || undefined })}
      {p.hint ? (
        <span className="hint" id={`${p.id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      {p.error ? (
        <span className="error" id={`${p.id}-error`} role="alert">
          {p.error}
        </span>
      ) : null}
    </div>
  );
}
