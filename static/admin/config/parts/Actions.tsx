// A list of actions the app takes (comment, notify, set the grade, hand to the next tier, label, move the
// status), each edited by the fields its type has.
import type { ActionTemplate } from '@contract/config-doc';
import { useEditor } from '../editor';
import { CheckboxInput, NamesInput, NumberInput, SelectInput, TextInput } from '../inputs';
import { Items } from '../Items';
import { useOptions } from '../options';
import { getAt, inputId, setAt, type Path } from '../path';
import { useConfigText } from '../texts';
import { Recipients } from './Recipients';

type Kind = ActionTemplate['type'];
const KINDS: readonly Kind[] = ['notify', 'comment', 'addLabel', 'setGrade', 'reassignNextTier', 'transition'];
const blank = { en: '', zh: '' };
/** The words a message may hold, written as they are (the dictionary fills {x} from its values). */
const PLACEHOLDERS = Object.fromEntries(['issue', 'goal', 'due', 'tier', 'target', 'next'].map((k) => [k, `{${k}}`]));
const FRESH: Record<Kind, ActionTemplate> = {
  notify: { type: 'notify', to: ['assignee'], text: blank },
  comment: { type: 'comment', text: blank, internal: true },
  addLabel: { type: 'addLabel', label: '' },
  setGrade: { type: 'setGrade', grade: { raise: 1 } },
  reassignNextTier: { type: 'reassignNextTier' },
  transition: { type: 'transition', status: '' },
};

function Action({ path }: { readonly path: Path }) {
  const t = useConfigText();
  const { doc, change } = useEditor();
  const options = useOptions();
  const action = getAt(doc, path) as ActionTemplate;
  const raise = action.type === 'setGrade' && typeof action.grade === 'object';
  return (
    <>
      <div className="cfg-row">
        <div className="cfg-field">
          <label htmlFor={inputId([...path, 'type'])}>{t('actionType')}</label>
          <select
            id={inputId([...path, 'type'])}
            className="cfg-select"
            value={action.type}
            onChange={(e) => change((d) => setAt(d, path, FRESH[e.currentTarget.value as Kind]))}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`action-${k}`)}
              </option>
            ))}
          </select>
        </div>
        {action.type === 'comment' && <CheckboxInput path={[...path, 'internal']} label={t('internal')} />}
        {action.type === 'addLabel' && <TextInput path={[...path, 'label']} label={t('label')} />}
        {action.type === 'transition' && <TextInput path={[...path, 'status']} label={t('status')} />}
        {action.type === 'setGrade' && (
          <div className="cfg-field">
            <label htmlFor={inputId([...path, 'grade', 'how'])}>{t('gradeHow')}</label>
            <select
              id={inputId([...path, 'grade', 'how'])}
              className="cfg-select"
              value={raise ? 'raise' : 'set'}
              onChange={(e) =>
                change((d) =>
                  setAt(
                    d,
                    [...path, 'grade'],
                    e.currentTarget.value === 'raise' ? { raise: 1 } : (options.grades[0]?.value ?? ''),
                  ),
                )
              }
            >
              <option value="raise">{t('gradeRaise')}</option>
              <option value="set">{t('gradeSet')}</option>
            </select>
          </div>
        )}
        {action.type === 'setGrade' &&
          (raise ? (
            <NumberInput path={[...path, 'grade', 'raise']} label={t('gradesUp')} />
          ) : (
            <SelectInput path={[...path, 'grade']} label={t('grade')} options={options.grades} />
          ))}
      </div>
      {action.type === 'notify' && <Recipients path={[...path, 'to']} />}
      {(action.type === 'notify' || action.type === 'comment') && (
        <>
          <NamesInput path={[...path, 'text']} label={t('message')} />
          <p className="cfg-hint">{t('placeholders', PLACEHOLDERS)}</p>
        </>
      )}
    </>
  );
}

export function Actions({ path }: { readonly path: Path }) {
  const t = useConfigText();
  const { doc } = useEditor();
  return (
    <Items
      path={path}
      ordered
      title={(_, k) => `${k + 1}. ${t(`action-${(getAt(doc, [...path, k, 'type']) as Kind | undefined) ?? 'notify'}`)}`}
      add={t('addAction')}
      make={() => FRESH.notify}
    >
      {(k) => <Action path={[...path, k]} />}
    </Items>
  );
}
