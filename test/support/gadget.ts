// Calling the gadgets' resolver as a person, as a dashboard gadget's frame would.
import type { PanelResult } from '../../src/contract/panel';
import type { Sandbox } from './sandbox';

export async function gadgetCall<T = unknown>(
  sb: Sandbox,
  fn: string,
  payload: unknown,
  accountId = 'u-manager',
  module = 'itr-gadget-at-risk',
): Promise<PanelResult<T>> {
  const rec = await sb.host.resolve('gadgetResolver', module, fn, payload, { accountId });
  if (rec.outcome !== 'ok') throw new Error(`${fn}: ${rec.outcome} ${rec.error ?? ''}`);
  return rec.result as PanelResult<T>;
}
