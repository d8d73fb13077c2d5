// The latest recalculation's progress, polled every second while it runs. Opened again mid-run, the page
// picks it up: without a job id the resolver answers the latest job.
import { ADMIN } from '@contract/admin';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../shared/forge';

export interface Recalc {
  readonly jobId: string;
  readonly status: 'running' | 'done' | 'superseded';
  readonly processed: number;
  readonly total: number | null;
}

const POLL_MS = 1000;

export function useRecalculation(): { job: Recalc | null; follow: (job: Recalc | null) => void } {
  const [job, setJob] = useState<Recalc | null>(null);
  const [shown, setShown] = useState(false); // a finished job is shown only once followed in this visit
  useEffect(() => {
    void call<Recalc | null>(ADMIN.recalculationProgress).then((r) => {
      if (r.ok && r.data?.status === 'running') {
        setJob(r.data);
        setShown(true);
      }
    });
  }, []);
  const running = job?.status === 'running';
  const jobId = job?.jobId;
  useEffect(() => {
    if (!running || jobId === undefined) return;
    const timer = setInterval(() => {
      void call<Recalc | null>(ADMIN.recalculationProgress, { jobId }).then((r) => {
        if (r.ok && r.data) setJob(r.data);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, jobId]);
  const follow = useCallback((next: Recalc | null) => {
    setJob(next);
    setShown(next !== null);
  }, []);
  return { job: shown ? job : null, follow };
}
