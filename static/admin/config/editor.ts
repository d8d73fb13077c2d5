// What every form of the Configuration section shares: the draft document, one way to change it by path,
// and the findings of the last check (each shown at the input whose path it names).
import type { SetupFinding } from '@contract/admin';
import type { ConfigInput } from '@contract/config-doc';
import { createContext, useContext } from 'react';
import { covers, pathText, type Path } from './path';

export interface Editor {
  readonly doc: ConfigInput;
  readonly set: (path: Path, value: unknown) => void;
  readonly change: (next: (doc: ConfigInput) => ConfigInput) => void;
  readonly findings: readonly SetupFinding[];
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside the Configuration section');
  return editor;
}

/** Findings at `path` or under it (`exact`: at it only). */
export function findingsAt(findings: readonly SetupFinding[], path: Path, exact = false): SetupFinding[] {
  const p = pathText(path);
  return findings.filter((f) => (exact ? f.path === p : covers(p, f.path)));
}
