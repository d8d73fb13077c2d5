// A report's figures as stored in itr_service_report.figures, checked when read back (a failure names the
// field), typed as the domain's own output they are.

import { z } from 'zod';
import type { ReportFigures } from '../../domain/reports/figures';

const n = z.number().int().nonnegative();
const rate = z.number().min(0).max(1).nullable();

const figuresShape = z.strictObject({
  sla: z.array(z.strictObject({ goal: z.string(), met: n, breached: n, rate })),
  ola: z.array(z.strictObject({ tier: z.string(), onTime: n, late: n, open: n, rate })),
  issues: z.strictObject({ received: n, incidents: n, closed: n, closureRate: rate }),
  problems: z.array(z.strictObject({ key: z.string(), incidents: n, closed: z.boolean() })),
  satisfaction: z.strictObject({
    answered: n,
    average: z.number().min(1).max(5).nullable(),
    distribution: z.tuple([n, n, n, n, n]),
  }),
  complaints: z.strictObject({ customer: n, user: n }),
  praise: n,
  improvement: z.strictObject({
    breachedGoals: z.array(z.strictObject({ goal: z.string(), breached: n })),
    repeatedProblems: z.array(z.string()),
  }),
});

export function parseFigures(json: string): ReportFigures {
  return figuresShape.parse(JSON.parse(json));
}
