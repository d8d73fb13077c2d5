// moment-business-time ships no types; the two methods the benchmark calls on moment objects.
import 'moment';

declare module 'moment' {
  interface Moment {
    workingDiff(other: Moment, unit: 'milliseconds', precise: true): number;
    addWorkingTime(amount: number, unit: 'milliseconds'): Moment;
  }
}
