import { supplierScorecard } from '../../app/gadgets/suppliers';
import { SUPPLIERS } from '../../contract/gadgets/suppliers';
import { suppliersSettings } from '../../contract/gadgets/suppliers-payloads';
import { gadgetFunction } from './gadget-function';

export const SUPPLIERS_FUNCTIONS = { [SUPPLIERS.data]: gadgetFunction(suppliersSettings, supplierScorecard) };
