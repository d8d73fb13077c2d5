// A complaint's handling clock and its targets in the configuration: business time from receipt to first
// handling on a calendar, and documents saved before the targets existed still parse (the template's).
import { complaintTiming } from '../../../src/domain/complaint-clock';
import { compileConfig, ITR_TEMPLATE, parseConfig, validateConfig } from '../../../src/domain/config';

const cfg = compileConfig(parseConfig(ITR_TEMPLATE));
const cal = cfg.calendars.get('cn-5x8')!;
const at = (s: string) => Date.parse(`${s}+08:00`);
const MIN = 60_000;

test('received on Friday at 17:00, handled on Monday at 10:30: 60 + 90 business minutes', () => {
  expect(complaintTiming(cal, 240 * MIN, at('2026-03-06T17:00:00'), at('2026-03-09T10:30:00'), 0)).toEqual({
    usedMs: 150 * MIN,
    leftMs: 90 * MIN,
    breached: false,
    stopped: true,
  });
});

test('still open: the clock runs to now and breaches past its target', () => {
  const t = complaintTiming(cal, 240 * MIN, at('2026-03-06T16:00:00'), null, at('2026-03-09T15:00:00'));
  expect(t).toEqual({ usedMs: 390 * MIN, leftMs: -150 * MIN, breached: true, stopped: false });
});

test('a document without handling targets takes the template’s; a target of 0 is refused at its path', () => {
  const { customer, user } = ITR_TEMPLATE.escalation.complaints;
  const complaints = { customer, user };
  const older = { ...ITR_TEMPLATE, escalation: { ...ITR_TEMPLATE.escalation, complaints } };
  expect(parseConfig(older).escalation.complaints.handling).toEqual({ customer: 240, user: 450 });
  const zero = {
    ...ITR_TEMPLATE,
    escalation: { ...ITR_TEMPLATE.escalation, complaints: { ...complaints, handling: { customer: 0, user: 450 } } },
  };
  expect(validateConfig(zero)).toMatchObject({
    ok: false,
    issues: [{ path: 'escalation.complaints.handling.customer', message: 'must be greater than 0 minutes' }],
  });
});
