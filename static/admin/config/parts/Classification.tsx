// Service types and the classification rules that choose one per issue: first match wins, so the rules can
// be reordered; within a rule every criterion given must hold, and any value listed in a criterion will do.
import { useEditor } from '../editor';
import { NamesInput, SelectInput, TextInput } from '../inputs';
import { freshId, Items } from '../Items';
import { useNamed, useOptions } from '../options';
import { useConfigText } from '../texts';
import { Matchers } from './Matchers';

const KINDS = ['incident', 'request', 'requirement'] as const;

export default function Classification() {
  const t = useConfigText();
  const named = useNamed();
  const { doc } = useEditor();
  const options = useOptions();
  return (
    <>
      <h3>{t('serviceTypes')}</h3>
      <Items
        path={['serviceTypes']}
        flat
        title={named}
        add={t('addServiceType')}
        make={(l) => ({ id: freshId(l, 'type'), name: { en: 'New service type', zh: '新服务类型' }, kind: 'request' })}
      >
        {(i) => (
          <div className="cfg-row">
            <TextInput path={['serviceTypes', i, 'id']} label={t('id')} />
            <SelectInput
              path={['serviceTypes', i, 'kind']}
              label={t('kind')}
              options={KINDS.map((k) => ({ value: k, label: t(k) }))}
            />
            <NamesInput path={['serviceTypes', i, 'name']} label={t('name')} />
          </div>
        )}
      </Items>
      <h3>{t('rules')}</h3>
      <p className="cfg-hint">{t('rulesHint')}</p>
      <SelectInput path={['classification', 'fallback']} label={t('fallback')} options={options.serviceTypes} />
      <Items
        path={['classification', 'rules']}
        ordered
        title={(_, i) => {
          const r = doc.classification.rules[i];
          return r ? `${i + 1}. ${r.id} → ${r.serviceType}` : '';
        }}
        add={t('addRule')}
        make={(l) => ({ id: freshId(l, 'rule'), when: {}, serviceType: doc.classification.fallback })}
      >
        {(i) => {
          const base = ['classification', 'rules', i] as const;
          return (
            <>
              <div className="cfg-row">
                <TextInput path={[...base, 'id']} label={t('id')} />
                <SelectInput path={[...base, 'serviceType']} label={t('serviceType')} options={options.serviceTypes} />
                <SelectInput
                  path={[...base, 'service']}
                  label={t('service')}
                  options={options.services}
                  none={t('serviceByComponent')}
                />
              </div>
              <Matchers path={[...base, 'when']} />
            </>
          );
        }}
      </Items>
    </>
  );
}
