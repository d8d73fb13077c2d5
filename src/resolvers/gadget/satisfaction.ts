import { satisfaction } from '../../app/gadgets/satisfaction';
import { SATISFACTION } from '../../contract/gadgets/satisfaction';
import { satisfactionSettings } from '../../contract/gadgets/satisfaction-payloads';
import { gadgetFunction } from './gadget-function';

export const SATISFACTION_FUNCTIONS = { [SATISFACTION.data]: gadgetFunction(satisfactionSettings, satisfaction) };
