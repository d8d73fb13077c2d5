import { atRisk } from '../../app/gadgets/at-risk';
import { AT_RISK } from '../../contract/gadgets/at-risk';
import { atRiskSettings } from '../../contract/gadgets/at-risk-payloads';
import { gadgetFunction } from './gadget-function';

export const AT_RISK_FUNCTIONS = { [AT_RISK.data]: gadgetFunction(atRiskSettings, atRisk) };
