// A classification rule's criteria: lists of Jira names (empty: any), field values, and the text criterion
// (keywords, word groups and regular expressions over the lower-cased summary and description).
import { ListInput, SelectInput, TextInput } from '../inputs';
import { Items } from '../Items';
import { useEditor } from '../editor';
import { getAt, type Path } from '../path';
import { useConfigText } from '../texts';

const LISTS = ['issueTypes', 'projects', 'components', 'labels', 'priorities', 'reporterGroups', 'keywords'] as const;
const FLAGS = ['i', 'u', 'iu'] as const;

export function Matchers({ path }: { readonly path: Path }) {
  const t = useConfigText();
  const { doc } = useEditor();
  return (
    <>
      <div className="cfg-grid">
        {LISTS.map((k) => (
          <ListInput key={k} path={[...path, k]} label={t(k)} hint={t('anyIfEmpty')} optional />
        ))}
      </div>
      <h5>{t('fieldCriteria')}</h5>
      <Items
        path={[...path, 'fields']}
        title={(f, j) => (typeof f === 'object' && f !== null && 'field' in f ? String(f.field) : String(j + 1))}
        add={t('addFieldCriterion')}
        make={() => ({ field: '', equals: [] })}
        dropEmpty
      >
        {(j) => (
          <div className="cfg-row">
            <TextInput path={[...path, 'fields', j, 'field']} label={t('jiraField')} />
            <ListInput path={[...path, 'fields', j, 'equals']} label={t('equalsAnyOf')} hint={t('oneALine')} />
          </div>
        )}
      </Items>
      <h5>{t('patterns')}</h5>
      <Items
        path={[...path, 'patterns']}
        title={(p, j) =>
          `${j + 1}. ${typeof p === 'object' && p !== null && 'regex' in p ? t('regex') : t('wordGroup')}`
        }
        add={t('addWordGroup')}
        make={() => ({ allOf: [] })}
        more={[{ add: t('addRegex'), make: () => ({ regex: '' }) }]}
        dropEmpty
      >
        {(j) => {
          const p = [...path, 'patterns', j];
          return getAt(doc, [...p, 'regex']) === undefined ? (
            <ListInput path={[...p, 'allOf']} label={t('allWords')} hint={t('oneALine')} />
          ) : (
            <div className="cfg-row cfg-wide">
              <TextInput path={[...p, 'regex']} label={t('regex')} />
              <SelectInput
                path={[...p, 'flags']}
                label={t('flags')}
                options={FLAGS.map((f) => ({ value: f, label: f }))}
                none={t('noFlags')}
              />
            </div>
          );
        }}
      </Items>
    </>
  );
}
