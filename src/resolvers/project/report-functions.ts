// The service reports tab's functions: settings (read, save), the list, and "generate now".

import { MonthNotOver } from '../../app/reports/generate';
import { generateNow, listReports } from '../../app/reports/list';
import { saveSettings, settingsView } from '../../app/reports/settings';
import { REPORT } from '../../contract/records/report';
import { generatePayload, reportListPayload, saveSettingsPayload } from '../../contract/records/report-payloads';
import { z } from 'zod';
import type { ResolverFunction } from '../../platform/resolver';
import { projectFunction, Refused } from './project-function';

export const REPORT_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  [REPORT.settings]: projectFunction('read', z.strictObject({}), (_p, call) => settingsView(call)),
  [REPORT.saveSettings]: projectFunction('change', saveSettingsPayload, async ({ settings }, call) => {
    const r = await saveSettings(call, settings);
    if ('path' in r) throw new Refused('invalid', r.message, `settings.${r.path}`);
    return r;
  }),
  [REPORT.list]: projectFunction('read', reportListPayload, (q, call) => listReports(call, q)),
  [REPORT.generate]: projectFunction('change', generatePayload, async ({ customerId, month }, call) => {
    try {
      const r = await generateNow(call, customerId, month);
      if (!r) throw new Refused('notFound', 'This project has no such customer.', 'customerId');
      return r;
    } catch (e) {
      if (e instanceof MonthNotOver) throw new Refused('conflict', e.message, 'month');
      throw e;
    }
  }),
};
