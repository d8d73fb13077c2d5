// A gadget's edit view: the settings every gadget has (projects, months, refresh) and its own, checked by
// the gadget's resolver function before Jira saves them (view.submit): a project the viewer may not browse
// or a bad value is shown at its field and nothing is saved.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { view } from '@forge/bridge';
import { useEffect, useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { GADGET, MONTH_CHOICES, REFRESH_CHOICES, type BaseSettings, type GadgetProject } from '@contract/gadgets';
import { call } from '../../shared/forge';
import { useGadgetText } from './texts';

export interface EditViewProps<S extends BaseSettings> {
  readonly initial: S;
  /** The gadget's data function: saving calls it first, so only settings it accepts are saved. */
  readonly check: string;
  readonly months: boolean;
  /** The gadget's own fields. */
  readonly fields?: (
    settings: S,
    set: (patch: Partial<S>) => void,
    error: (path: string) => string | undefined,
  ) => ReactNode;
}

export function EditView<S extends BaseSettings>(p: EditViewProps<S>) {
  const t = useGadgetText();
  const id = useId();
  const [s, setS] = useState<S>(p.initial);
  const [projects, setProjects] = useState<readonly GadgetProject[] | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; path?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void call<GadgetProject[]>(GADGET.projects).then((r) => setProjects(r.ok ? r.data : []));
  }, []);
  const set = (patch: Partial<S>) => setS((old) => ({ ...old, ...patch }));
  const setBase = (patch: Partial<BaseSettings>) => setS((old) => ({ ...old, ...patch }));
  const error = (path: string) => (refusal?.path === path ? refusal.message : undefined);
  const save = async (e: SyntheticEvent) => {
    e.preventDefault();
    setSaving(true);
    const r = await call(p.check, { ...s } as Record<string, unknown>);
    if (!r.ok) {
      setRefusal({
        message: r.error.message,
        ...(r.error.path === undefined ? {} : { path: r.error.path.split('.')[0]! }),
      });
      setSaving(false);
      return;
    }
    await view.submit({ ...s });
  };
  const toggle = (key: string) =>
    setBase({ projects: s.projects.includes(key) ? s.projects.filter((k) => k !== key) : [...s.projects, key] });
  return (
    <form className="gadget-edit" onSubmit={(e) => void save(e)} aria-label={t('settings')}>
      {refusal && refusal.path === undefined && (
        <SectionMessage appearance="error">
          <p>{refusal.message}</p>
        </SectionMessage>
      )}
      <fieldset className="field" aria-describedby={`${id}-projects-hint`} aria-invalid={!!error('projects')}>
        <legend>{t('projects')}</legend>
        <p id={`${id}-projects-hint`} className="hint">
          {t('projectsHint')}
        </p>
        {projects === null ? (
          <span role="status">{t('loading')}</span>
        ) : (
          <div className="checks">
            {projects.map((x) => (
              <label key={x.key}>
                <input type="checkbox" checked={s.projects.includes(x.key)} onChange={() => toggle(x.key)} />
                {x.name} ({x.key})
              </label>
            ))}
          </div>
        )}
        {error('projects') && (
          <span className="field-error" role="alert">
            {error('projects')}
          </span>
        )}
      </fieldset>
      <div className="row">
        {p.months && (
          <label className="field">
            <span>{t('months')}</span>
            <select value={s.months} onChange={(e) => setBase({ months: Number(e.target.value) })}>
              {MONTH_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {t('monthsOption', { n })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t('refresh')}</span>
          <select value={s.refresh} onChange={(e) => setBase({ refresh: Number(e.target.value) })}>
            {REFRESH_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 0 ? t('never') : t('everyMinutes', { n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {p.fields?.(s, set, error)}
      <div className="row">
        <Button type="submit" appearance="primary" isDisabled={saving}>
          {saving ? t('saving') : t('save')}
        </Button>
        <Button onClick={() => void view.close()}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
