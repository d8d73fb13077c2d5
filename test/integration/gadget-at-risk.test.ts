// "At risk now" on the real engine: the open issues of the viewer's projects whose SLA breaches next,
// soonest first, each with the business time left computed independently here from the issue's `itr`
// property and the goal's calendar; the breached ones only when asked; a project the viewer may not browse
// is refused before anything is read.
import type { GadgetTable } from '../../src/contract/gadgets';
import { AT_RISK, DEFAULT_AT_RISK } from '../../src/contract/gadgets/at-risk';
import { compileConfig, ITR_TEMPLATE, parseConfig } from '../../src/domain/config';
import type { ItrState } from '../../src/domain/state';
import { gadgetCall } from '../support/gadget';
import { passwordRequest, printerIncident, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const cfg = compileConfig(parseConfig(ITR_TEMPLATE));
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
  printerIncident(sb.site);
  await sb.host.advance(20 * 60_000);
  passwordRequest(sb.site, 1);
  await sb.host.advance(20 * 60_000);
  passwordRequest(sb.site, 2);
  await sb.host.advance(3 * 3_600_000); // the incident's response goal breaches meanwhile
}, 180_000);
afterAll(async () => sb.stop());

/** Every open issue's soonest breach and the business ms left to it, from the issues' properties. */
function expected(now: number, withBreached: boolean) {
  const out: Array<{ issue: string; breachAt: number; leftMs: number }> = [];
  for (const issue of sb.site.issues.values()) {
    const s = issue.properties.get('itr') as ItrState | undefined;
    if (!s || s.breachAt === null) continue;
    const at = s.breachAt * 1000;
    if (!withBreached && at < now) continue;
    const goal = Object.values(s.goals)
      .map((g) => g.cycles.at(-1)!)
      .filter((c) => c.deadline !== undefined)
      .sort((a, b) => Math.abs(a.deadline! - at) - Math.abs(b.deadline! - at))[0]!;
    const cal = cfg.calendars.get(goal.calendar)!;
    out.push({ issue: issue.key, breachAt: at, leftMs: at >= now ? cal.elapsed(now, at) : -cal.elapsed(at, now) });
  }
  return out.sort((a, b) => a.breachAt - b.breachAt);
}

test('the issues breaching next, soonest first, with business time left as the calendar counts it', async () => {
  const r = await gadgetCall<GadgetTable>(sb, AT_RISK.data, { ...DEFAULT_AT_RISK, projects: ['SUP'] });
  if (!r.ok) throw new Error(r.error.message);
  const now = sb.host.now();
  const shown = r.data.rows.map((x) => ({ issue: x['issue'], breachAt: x['breachAt'], leftMs: x['leftMs'] }));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(expected(now, false));
  expect(r.data.names?.['P3']).toBeDefined();
});

test('asked for, the breached issues come first, most overdue first, with negative time left', async () => {
  const r = await gadgetCall<GadgetTable>(sb, AT_RISK.data, { ...DEFAULT_AT_RISK, breached: true });
  if (!r.ok) throw new Error(r.error.message);
  const now = sb.host.now();
  const rows = r.data.rows.map((x) => ({ issue: x['issue'], breachAt: x['breachAt'], leftMs: x['leftMs'] }));
  expect(rows).toEqual(expected(now, true));
  expect(rows.some((x) => Number(x.leftMs) < 0)).toBe(true);
});

test('a viewer naming a project they may not browse is refused at projects; their own projects answer', async () => {
  const refused = await gadgetCall(sb, AT_RISK.data, { ...DEFAULT_AT_RISK, projects: ['SUP', 'RD'] }, 'u-viewer');
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', path: 'projects' } });
  expect(!refused.ok && refused.error.message).toMatch(/You cannot browse RD/);
  const own = await gadgetCall<GadgetTable>(sb, AT_RISK.data, DEFAULT_AT_RISK, 'u-viewer');
  expect(own.ok && own.data.rows.every((x) => x['project'] === 'SUP')).toBe(true);
});

test('the edit view offers the projects the viewer may browse', async () => {
  const r = await gadgetCall<Array<{ key: string }>>(sb, 'gadget.projects', {}, 'u-viewer');
  expect(r.ok && r.data.map((p) => p.key)).toEqual(['SUP']);
});
