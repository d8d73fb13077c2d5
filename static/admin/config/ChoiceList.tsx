// Several of a known set of ids (grades, service types, goals…) as checkboxes. With `optional`, none
// checked removes the key: the schema reads an absent criterion as "any".
import { Errors } from './Errors';
import { findingsAt, useEditor } from './editor';
import type { Option } from './inputs';
import { getAt, inputId, type Path } from './path';
import { useConfigText } from './texts';

export function ChoiceList({
  path,
  legend,
  options,
  optional,
}: {
  readonly path: Path;
  readonly legend: string;
  readonly options: readonly Option[];
  readonly optional?: boolean;
}) {
  const t = useConfigText();
  const { doc, set, findings } = useEditor();
  const value = getAt(doc, path);
  const chosen = Array.isArray(value) ? value.map(String) : [];
  // Ids the document names that are not (or no longer) defined stay visible, so they can be unticked.
  const all = [
    ...options,
    ...chosen.filter((c) => !options.some((o) => o.value === c)).map((c) => ({ value: c, label: c })),
  ];
  const id = inputId(path);
  const here = findingsAt(findings, path);
  const toggle = (v: string, on: boolean) => {
    const next = on
      ? all.map((o) => o.value).filter((x) => x === v || chosen.includes(x))
      : chosen.filter((x) => x !== v);
    set(path, optional && next.length === 0 ? undefined : next);
  };
  return (
    <fieldset className="cfg-choices" id={id} aria-describedby={here.length ? `${id}-error` : undefined}>
      <legend>
        {legend}
        {optional && chosen.length === 0 ? <span className="cfg-hint"> · {t('any')}</span> : null}
      </legend>
      {all.map((o) => (
        <label key={o.value} className="cfg-choice">
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />
          {o.label}
        </label>
      ))}
      <Errors id={`${id}-error`} findings={here} />
    </fieldset>
  );
}
