// The effects switches: each kind of change the app makes to Jira, with what it does.
import Toggle from '@atlaskit/toggle';
import { EFFECTS } from '@contract/admin';
import type { ConfigDraft } from '../draft';
import { effectOn, withEffect } from './doc';
import { useSetupText, type SetupTextKey } from './texts';

export function EffectsForm({ doc, setDoc }: { readonly doc: ConfigDraft; readonly setDoc: (d: ConfigDraft) => void }) {
  const t = useSetupText();
  return (
    <section aria-labelledby="effects-title">
      <h3 id="effects-title">{t('effects')}</h3>
      <p className="why">{t('effectsHelp')}</p>
      <ul className="switches">
        {EFFECTS.map((e) => (
          <li key={e}>
            <Toggle
              id={`effect-${e}`}
              isChecked={effectOn(doc, e)}
              onChange={(ev) => setDoc(withEffect(doc, e, ev.currentTarget.checked))}
            />
            <label htmlFor={`effect-${e}`}>{t(`e_${e}` as SetupTextKey)}</label>
          </li>
        ))}
      </ul>
    </section>
  );
}
