// The latest recalculation's progress, polled every second while it runs. Opened again mid-run, the page
// picks it up: without a job id the resolver answers the latest job.
import { ADMIN, type RecalculationProgress as Recalc } from '@contract/admin';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../shared/forge';

const POLL_MS = 1000;

export function useRecalculation(): { job: Recalc | null; follow: (job: Recalc | null) => void } {
  const [job, setJob] = useState<Recalc | null>(null);
  useEffect(() => {
    void call<Recalc | null>(ADMIN.recalculationProgress).then((r) => {
      // A finished job is news only to whoever followed it in this visit.
      if (r.ok && r.data?.status === 'running') setJob((followed) => followed ?? r.data);
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
  const follow = useCallback((next: Recalc | null) => setJob(next), []);
  return { job, follow };
}
