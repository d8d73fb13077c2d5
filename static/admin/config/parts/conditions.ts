// SLA goals' start, stop, pause and reset conditions in words (their form is the JSON view's job).
import type { EventCondition, StateCondition } from '@contract/config-doc';
import type { useConfigText } from '../texts';

type T = ReturnType<typeof useConfigText>;

const list = (xs: readonly string[] | undefined) => (xs ?? []).join(', ');
/** Jira's status categories by the names Jira shows them under. */
const categories = (xs: readonly ('new' | 'indeterminate' | 'done')[] | undefined, t: T) =>
  list(xs?.map((c) => t(`category-${c}`)));

export function eventText(c: EventCondition, t: T): string {
  switch (c.on) {
    case 'created':
      return t('onCreated');
    case 'statusEntered':
      return t('onStatus', { statuses: [list(c.statuses), categories(c.categories, t)].filter(Boolean).join('; ') });
    case 'fieldChanged':
      return t('onField', { field: c.field });
    case 'commented':
      return t(c.public === true ? 'onPublicComment' : 'onComment', { by: t(c.by) });
    case 'resolutionSet':
      return t('onResolutionSet');
    case 'resolutionCleared':
      return t('onResolutionCleared');
  }
}

export function stateText(c: StateCondition, t: T): string {
  return [
    c.statuses?.length ? t('inStatuses', { statuses: list(c.statuses) }) : '',
    c.categories?.length ? t('inCategories', { categories: categories(c.categories, t) }) : '',
    c.field ? t('fieldIs', { field: c.field.field, values: list(c.field.equals) }) : '',
  ]
    .filter(Boolean)
    .join(t('and'));
}
