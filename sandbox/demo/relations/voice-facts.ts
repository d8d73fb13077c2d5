// The demo's surveys, complaints and praise as KPI facts: the seeds before this one answered and recorded
// them through the app's own paths, which write each fact as it happens; this runs the recalculation's
// backfill over the service desk as well (the same writer: facts already there stay as they are), so a
// demo started from records written any other way shows them on the satisfaction gadget too.

import { backfillVoiceFacts } from '../../../src/app/facts/voice';
import type { SeedContext } from './seed';

export async function seedVoiceFacts(c: SeedContext): Promise<void> {
  await backfillVoiceFacts([c.site.projects.get('SUP')!.id]);
}
