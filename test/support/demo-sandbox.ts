// A sandbox seeded as `npm start` seeds it, at a smaller size: generated issues, the app activated on SUP,
// then the relationship seeds (customers, surveys, feedback, finance…), every event settled.
import { activateTemplate } from '../../sandbox/demo/activate';
import { generateIssues } from '../../sandbox/demo/generate';
import { seedRelations } from '../../sandbox/demo/relations/seed';
import { startSandbox, type Sandbox } from './sandbox';

export async function startDemoSandbox(now: number): Promise<Sandbox> {
  const sb = await startSandbox(now, { scope: null });
  generateIssues(sb.site, { total: 120, open: 20, now, seed: 7 });
  sb.host.forgetPendingEvents();
  await activateTemplate(sb.host, sb.site, ['SUP']);
  await sb.host.settle();
  await seedRelations(sb.host, sb.site, now);
  await sb.host.settle();
  return sb;
}
