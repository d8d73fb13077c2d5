// The ids other parts of the document define, as choices in the reader's language.
import type { ConfigInput } from '@contract/config-doc';
import { useText } from '../../shared/i18n';
import { useEditor } from './editor';
import type { Option } from './inputs';

type Named = ReadonlyArray<{ readonly id: string; readonly name?: { readonly en: string; readonly zh: string } }>;

export function useOptions() {
  const { doc } = useEditor();
  const { lang } = useText();
  const named = (list: Named): Option[] =>
    list.map((x) => ({ value: x.id, label: x.name?.[lang] ? `${x.name[lang]} (${x.id})` : x.id }));
  const d: ConfigInput = doc;
  return {
    calendars: named(d.calendars),
    services: named(d.services),
    serviceTypes: named(d.serviceTypes),
    grades: named(d.grading.grades),
    goals: named(d.sla.goals),
    tiers: named(d.ola.tiers),
    customerTiers: named(d.customers.tiers),
    parties: named(d.responsibility.parties),
  };
}

/** A card's title for an item with an id and a name: "P1 · P1 Critical". */
export function useNamed(): (item: unknown) => string {
  const { lang } = useText();
  return (item) => {
    if (typeof item !== 'object' || item === null) return '';
    const x = item as { id?: unknown; name?: Partial<Record<'en' | 'zh', unknown>> };
    const name = x.name?.[lang];
    return [x.id, name].filter((v): v is string => typeof v === 'string' && v !== '').join(' · ');
  };
}
