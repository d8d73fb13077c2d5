// A goal's timeline, loaded when its expander opens: per cycle, a strip of its parts (width by duration,
// colour by kind, hidden from screen readers) and the same parts as a list in words: when the clock
// counted, when a waiting status paused it, when the calendar was closed, which holidays it crossed, and
// ahead of now how the calendar will count up to the deadline.
import type { CycleTimeline, SegmentKind } from '@contract/panel';
import { clockTime, duration, moment, sameDay } from '../shared/format';
import { useText } from '../shared/i18n';

const words = {
  counting: 'counting',
  paused: 'pausedSegment',
  closed: 'closed',
  holiday: 'holiday',
} as const satisfies Record<SegmentKind, string>;

export function Timeline({ cycles }: { readonly cycles: readonly CycleTimeline[] }) {
  const t = useText();
  return (
    <div className="timeline">
      {cycles.map((c) => (
        <section key={c.start}>
          <h3>{t('timelineCycle', { from: moment(c.start, t), to: stopOf(c, t) })}</h3>
          <div className="strip" aria-hidden="true">
            {c.segments.map((s) => (
              <span
                key={s.from}
                className={`seg seg-${s.kind}${s.ahead ? ' ahead' : ''}`}
                style={{ flexGrow: s.to - s.from }}
              />
            ))}
          </div>
          {c.omitted > 0 && <p className="why">{t('omitted', { n: c.omitted })}</p>}
          <ol className="plain segments">
            {c.segments.map((s) => (
              <li key={s.from} data-kind={s.kind} data-ahead={s.ahead ? '' : undefined}>
                <span className={`swatch seg-${s.kind}${s.ahead ? ' ahead' : ''}`} aria-hidden="true" />
                {t('segment', {
                  from: moment(s.from, t),
                  to: sameDay(s.from, s.to, t) ? clockTime(s.to, t) : moment(s.to, t),
                  kind: s.ahead ? `${t(words[s.kind])} (${t('ahead')})` : t(words[s.kind]),
                  d: duration(s.to - s.from, t),
                })}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function stopOf(c: CycleTimeline, t: ReturnType<typeof useText>): string {
  return c.stop === null ? t('timelineRunning') : moment(c.stop, t);
}
