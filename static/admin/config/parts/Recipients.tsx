// Who a notification goes to: people by their role on the issue, and Jira groups by name.
import { Errors } from '../Errors';
import { findingsAt, useEditor } from '../editor';
import { lines, useTyped } from '../inputs';
import { getAt, inputId, setAt, type Path } from '../path';
import { useConfigText } from '../texts';

const ROLES = ['assignee', 'reporter', 'watchers', 'serviceOwner'] as const;
type Recipient = string | { readonly group: string };

export function Recipients({ path }: { readonly path: Path }) {
  const t = useConfigText();
  const { doc, change, findings } = useEditor();
  const value = getAt(doc, path);
  const to: readonly Recipient[] = Array.isArray(value) ? (value as Recipient[]) : [];
  const roles = to.filter((r): r is string => typeof r === 'string');
  const groups = to.filter((r): r is { group: string } => typeof r === 'object').map((g) => g.group);
  const [raw, setRaw] = useTyped(groups, (g) => g.join('\n'));
  const save = (nextRoles: readonly string[], nextGroups: readonly string[]) =>
    change((d) => setAt(d, path, [...nextRoles, ...nextGroups.map((group) => ({ group }))]));
  const id = inputId(path);
  const here = findingsAt(findings, path);
  return (
    <fieldset className="cfg-choices" id={id} aria-describedby={here.length ? `${id}-error` : undefined}>
      <legend>{t('recipients')}</legend>
      {ROLES.map((r) => (
        <label key={r} className="cfg-choice">
          <input
            type="checkbox"
            checked={roles.includes(r)}
            onChange={(e) =>
              save(
                e.currentTarget.checked
                  ? ROLES.filter((x) => x === r || roles.includes(x))
                  : roles.filter((x) => x !== r),
                groups,
              )
            }
          />
          {t(`to-${r}`)}
        </label>
      ))}
      <div className="cfg-field">
        <label htmlFor={`${id}-groups`}>{t('groups')}</label>
        <textarea
          id={`${id}-groups`}
          className="cfg-textarea"
          rows={2}
          value={raw}
          onChange={(e) => {
            const next = lines(e.currentTarget.value);
            setRaw(e.currentTarget.value, next);
            save(roles, next);
          }}
        />
      </div>
      <Errors id={`${id}-error`} findings={here} />
    </fieldset>
  );
}
