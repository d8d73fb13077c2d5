import { financeGadget } from '../../app/gadgets/finance';
import { FINANCE_GADGET } from '../../contract/gadgets/finance';
import { financeSettings } from '../../contract/gadgets/finance-payloads';
import { gadgetFunction } from './gadget-function';

export const FINANCE_GADGET_FUNCTIONS = { [FINANCE_GADGET.data]: gadgetFunction(financeSettings, financeGadget) };
