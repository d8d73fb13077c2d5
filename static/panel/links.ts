// Links out of the panel go through Jira's router: a frame's own navigation would stay inside the frame.
import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';

/** An onClick that opens `url` in Jira's tab (`navigate`) or a new one (`open`) instead of in the frame. */
export function through(how: 'navigate' | 'open', url: string) {
  return (e: MouseEvent) => {
    e.preventDefault();
    void router[how](url);
  };
}
