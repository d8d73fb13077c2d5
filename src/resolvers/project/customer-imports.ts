// The customers tab's imports: a CSV file of customers or users, and a JSM service desk's organizations.

import { CsvRefusal, importCsv } from '../../app/customers/csv-import';
import { importJsm, JsmRefusal } from '../../app/customers/jsm-import';
import { CUSTOMER_IMPORT } from '../../contract/records/customer-import';
import { csvImportPayload, jsmImportPayload } from '../../contract/records/customer-import-payloads';
import type { ResolverFunction } from '../../platform/resolver';
import { projectFunction, Refused } from './project-function';

export const CUSTOMER_IMPORT_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  [CUSTOMER_IMPORT.csv]: projectFunction('change', csvImportPayload, async (p, call) => {
    try {
      return await importCsv(p, call);
    } catch (e) {
      if (e instanceof CsvRefusal) throw new Refused('invalid', e.message, 'text');
      throw e;
    }
  }),
  [CUSTOMER_IMPORT.jsm]: projectFunction('change', jsmImportPayload, async (_p, call) => {
    try {
      return await importJsm(call);
    } catch (e) {
      if (e instanceof JsmRefusal) throw new Refused(e.code, e.message);
      throw e;
    }
  }),
};
