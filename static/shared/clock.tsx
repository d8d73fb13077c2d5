// A clock's state as a lozenge: the word says it, the colour only repeats it.
import Lozenge from '@atlaskit/lozenge';
import type { SlaState } from '@contract/panel';
import { useText } from './i18n';

const appearance = {
  none: 'default',
  running: 'inprogress',
  paused: 'default',
  atRisk: 'moved',
  breached: 'removed',
  met: 'success',
} as const;

export function ClockLozenge({ state }: { readonly state: SlaState }) {
  const t = useText();
  return <Lozenge appearance={appearance[state]}>{state === 'none' ? t('none') : t(state)}</Lozenge>;
}
