// The JQL functions the emulator evaluates: now() and startOfDay/Week/Month(±n) for dates (UTC, weeks from
// Monday), currentUser() and membersOf(group) for users. Others answer Jira's "Unable to find JQL function".

import type { JqlOptions } from '../jql';
import { JqlError } from './errors';
import type { FunctionOperand } from './operands';

const DAY = 86_400_000;
const DATE_FUNCTIONS = ['now', 'startofday', 'startofweek', 'startofmonth'];
const USER_FUNCTIONS = ['currentuser', 'membersof'];
const INCREMENT = /^([+-]?)(\d+)([yMwdhm]?)$/u;
const UNIT_MS: Readonly<Record<string, number>> = { w: 7 * DAY, d: DAY, h: 3_600_000, m: 60_000 };
const PERIOD_UNIT: Readonly<Record<string, string>> = { startofday: 'd', startofweek: 'w', startofmonth: 'M' };

export type FunctionKind = 'date' | 'user';

/** The error for a function where `field` takes none of its kind: unknown, or known but not for this field. */
export function rejectFunction(fn: FunctionOperand, field: string): never {
  if (fn.name === '') throw new JqlError('A function name cannot be empty.');
  if (![...DATE_FUNCTIONS, ...USER_FUNCTIONS].includes(fn.name.toLowerCase()))
    throw new JqlError(`Unable to find JQL function '${fn.raw}'.`);
  throw new JqlError(`A value provided by the function '${fn.name}' is invalid for the field '${field}'.`);
}

/** Checks that `fn` suits a field of `kind` and has as many arguments as it takes. */
function check(fn: FunctionOperand, field: string, kind: FunctionKind): string {
  const name = fn.name.toLowerCase();
  if (!(kind === 'date' ? DATE_FUNCTIONS : USER_FUNCTIONS).includes(name)) rejectFunction(fn, field);
  const [min, max] = name === 'membersof' ? [1, 1] : name in PERIOD_UNIT ? [0, 1] : [0, 0];
  if (fn.args.length < min || fn.args.length > max) {
    const expected = min === max ? `'${min}'` : `between '${min}' and '${max}'`;
    throw new JqlError(`Function '${fn.name}' expected ${expected} arguments but received '${fn.args.length}'.`);
  }
  return name;
}

/** Epoch ms of a date function. */
export function dateFunction(fn: FunctionOperand, field: string, now: number): number {
  const name = check(fn, field, 'date');
  const unit = PERIOD_UNIT[name];
  if (unit === undefined) return now;
  const day = Math.floor(now / DAY) * DAY;
  const date = new Date(now);
  const start =
    unit === 'd'
      ? day
      : unit === 'w'
        ? day - ((date.getUTCDay() + 6) % 7) * DAY
        : Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const increment = fn.args[0];
  if (increment === undefined) return start;
  const parts = INCREMENT.exec(increment.trim());
  if (!parts)
    throw new JqlError(
      `Duration for function '${fn.name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`,
    );
  const count = Number(parts[2]) * (parts[1] === '-' ? -1 : 1);
  const by = parts[3] || unit;
  if (by !== 'M' && by !== 'y') return start + count * UNIT_MS[by]!;
  const shifted = new Date(start);
  shifted.setUTCMonth(shifted.getUTCMonth() + (by === 'y' ? 12 * count : count));
  return shifted.getTime();
}

/** Account ids a user function stands for; currentUser() without a user stands for nobody. */
export function userFunction(fn: FunctionOperand, field: string, options: JqlOptions): readonly string[] {
  const name = check(fn, field, 'user');
  if (name === 'currentuser') return options.currentUser ? [options.currentUser] : [];
  const group = fn.args[0]!;
  const members = options.members?.(group);
  if (members === undefined)
    throw new JqlError(
      `Function 'membersOf' can not generate a list of usernames for group '${group}'; the group does not exist.`,
    );
  return members;
}
