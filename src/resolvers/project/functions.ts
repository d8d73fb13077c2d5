// Every function of the project page's resolver, by name (the fuzz test walks this list).

import { z } from 'zod';
import { contractKind } from '../../app/records/contract';
import { customerKind } from '../../app/records/customer';
import { customerUserKind } from '../../app/records/customer-user';
import { valueAddedKind } from '../../app/records/value-added';
import { PROJECT, type ProjectAccess } from '../../contract/project';
import type { ResolverFunction } from '../../platform/resolver';
import { CUSTOMER_IMPORT_FUNCTIONS } from './customer-imports';
import { FEEDBACK_FUNCTIONS } from './feedback-functions';
import { projectFunction } from './project-function';
import { recordFunctions } from './record-functions';
import { SURVEY_FUNCTIONS } from './survey-functions';
import { SUPPLIER_FUNCTIONS } from './supplier-functions';
import { REPORT_FUNCTIONS } from './report-functions';
import { FINANCE_FUNCTIONS } from './finance-functions';

export const PROJECT_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  [PROJECT.access]: projectFunction('read', z.strictObject({}), (_p, call): Promise<ProjectAccess> =>
    Promise.resolve({ project: call.project, canChange: call.canChange }),
  ),
  ...recordFunctions(customerKind),
  ...recordFunctions(valueAddedKind),
  ...SURVEY_FUNCTIONS,
  ...SUPPLIER_FUNCTIONS,
  ...FEEDBACK_FUNCTIONS,
  ...REPORT_FUNCTIONS,
  ...recordFunctions(customerUserKind),
  ...recordFunctions(contractKind),
  ...CUSTOMER_IMPORT_FUNCTIONS,
  ...FINANCE_FUNCTIONS,
};
