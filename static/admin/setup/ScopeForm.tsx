// Scope: the projects the app manages (by id: keys can be renamed) and an optional JQL narrowing them.
import Textfield from '@atlaskit/textfield';
import type { SiteOptions } from '@contract/admin';
import { useState } from 'react';
import { scopeOf, withScope } from './doc';
import { FieldFindings } from './Findings';
import { at } from './targets';
import { useSetupText } from './texts';
import type { PartProps } from './part';

const FILTER_FROM = 8; // fewer projects than this fit on screen without a filter

interface Props extends PartProps {
  readonly projects: SiteOptions['projects'];
}

export function ScopeForm({ doc, setDoc, projects, findings }: Props) {
  const t = useSetupText();
  const [filter, setFilter] = useState('');
  const scope = scopeOf(doc);
  const chosen = new Set(scope.projects);
  // Ids in the draft that the app cannot see stay listed, so they can be taken out.
  const unknown = scope.projects.filter((id) => !projects.some((p) => p.id === id));
  const q = filter.trim().toLowerCase();
  const shown = projects.filter((p) => q === '' || `${p.key} ${p.name}`.toLowerCase().includes(q));
  const toggle = (id: string, on: boolean) =>
    setDoc(
      withScope(doc, { ...scope, projects: on ? [...scope.projects, id] : scope.projects.filter((p) => p !== id) }),
    );
  const setJql = (jql: string) =>
    setDoc(withScope(doc, jql.trim() === '' ? { projects: scope.projects } : { projects: scope.projects, jql }));
  const projectFindings = at(findings, 'scope.projects', true);
  const jqlFindings = at(findings, 'scope.jql');
  return (
    <section aria-labelledby="scope-title">
      <h3 id="scope-title">{t('scope')}</h3>
      <p className="why">{t('scopeHelp')}</p>
      <fieldset
        id="scope-projects"
        tabIndex={-1}
        aria-describedby={projectFindings.length ? 'scope-projects-findings' : undefined}
      >
        <legend>{t('projects')}</legend>
        {projects.length >= FILTER_FROM ? (
          <Textfield
            aria-label={t('filterProjects')}
            placeholder={t('filterProjects')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            isCompact
          />
        ) : null}
        <ul className="choices">
          {[
            ...shown.map((p) => ({ id: p.id, label: `${p.key} · ${p.name}` })),
            ...unknown.map((id) => ({ id, label: id })),
          ].map((p) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(p.id)}
                  onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                  data-project={p.id}
                />{' '}
                {p.label}
              </label>
            </li>
          ))}
        </ul>
        {shown.length === 0 && unknown.length === 0 ? <p>{t('noProjects')}</p> : null}
      </fieldset>
      <FieldFindings findings={projectFindings} id="scope-projects-findings" />
      <label htmlFor="scope-jql">{t('jql')}</label>
      <Textfield
        id="scope-jql"
        value={scope.jql ?? ''}
        placeholder={t('jqlHelp')}
        onChange={(e) => setJql(e.currentTarget.value)}
        isInvalid={jqlFindings.some((f) => f.severity === 'blocking')}
        aria-describedby={jqlFindings.length ? 'scope-jql-findings' : undefined}
      />
      <FieldFindings findings={jqlFindings} id="scope-jql-findings" />
    </section>
  );
}
