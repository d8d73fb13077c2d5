// What each part of the setup form gets: the draft document, a way to change it, the last findings.
import type { SetupFinding } from '@contract/admin';
import type { ConfigDraft } from '../draft';

export interface PartProps {
  readonly doc: ConfigDraft;
  readonly setDoc: (doc: ConfigDraft) => void;
  readonly findings: readonly SetupFinding[];
}
