// A day's working intervals ["HH:mm", "HH:mm"], added and removed; an end at or before the start runs past
// midnight, and [] is a day without work.
import Button from '@atlaskit/button/new';
import { findingsAt, useEditor } from '../editor';
import { Errors } from '../Errors';
import { TextInput } from '../inputs';
import { getAt, inputId, updateList, without, type Path } from '../path';
import { useConfigText } from '../texts';

export function Intervals({ path, day }: { readonly path: Path; readonly day: string }) {
  const t = useConfigText();
  const { doc, change, findings } = useEditor();
  const value = getAt(doc, path);
  const list: readonly unknown[] = Array.isArray(value) ? value : [];
  // Findings about the day or one whole interval (two intervals overlap); a time's own show at its input.
  const about = [
    ...findingsAt(findings, path, true),
    ...list.flatMap((_, j) => findingsAt(findings, [...path, j], true)),
  ];
  return (
    <div className="cfg-intervals">
      {list.length === 0 && <span className="cfg-hint">{t('noWork')}</span>}
      {list.map((_, j) => (
        <span key={j} className="cfg-interval" id={inputId([...path, j])} tabIndex={-1}>
          <TextInput
            path={[...path, j, 0]}
            label={t('intervalStart', { day, n: j + 1 })}
            placeholder="09:00"
            hideLabel
          />
          <span aria-hidden="true">–</span>
          <TextInput path={[...path, j, 1]} label={t('intervalEnd', { day, n: j + 1 })} placeholder="18:00" hideLabel />
          <Button
            spacing="compact"
            appearance="subtle"
            aria-label={t('removeInterval', { day, n: j + 1 })}
            onClick={() => change((d) => updateList(d, path, (l) => without(l, j)))}
          >
            ✕
          </Button>
        </span>
      ))}
      <Button
        spacing="compact"
        aria-label={t('addIntervalTo', { day })}
        onClick={() =>
          change((d) => updateList(d, path, (l) => [...l, l.length ? ['13:00', '18:00'] : ['09:00', '18:00']]))
        }
      >
        {t('addInterval')}
      </Button>
      <Errors id={`${inputId(path)}-error`} findings={about} />
    </div>
  );
}
