// The Configuration section: the draft document edited part by part through forms, each part loaded when
// first opened; Validate checks the draft on the server and every finding shows at its input.
import Spinner from '@atlaskit/spinner';
import type { ConfigInput } from '@contract/config-doc';
import { Suspense, useMemo, useState } from 'react';
import type { SectionProps } from '../AdminPage';
import { EditorContext, type Editor } from './editor';
import { Findings } from './Findings';
import { PartBoundary } from './PartBoundary';
import { PART_KEYS, PARTS, partOf, type PartKey } from './parts';
import { setAt } from './path';
import { useConfigText } from './texts';
import { Validate } from './Validate';
import './config.css';

export default function ConfigurationSection({ draft }: SectionProps) {
  const t = useConfigText();
  const [open, setOpen] = useState<PartKey>('calendars');
  const { doc, setDoc, findings } = draft;
  const editor = useMemo<Editor | null>(() => {
    if (!doc) return null;
    const current = doc as unknown as ConfigInput;
    return {
      doc: current,
      set: (path, value) => setDoc(setAt(doc, path, value)),
      change: (next) => setDoc(next(current)),
      findings,
    };
  }, [doc, setDoc, findings]);
  if (!editor) return null;
  const counts = new Map<PartKey, number>();
  for (const f of findings) {
    const part = partOf(f.path);
    if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  const { Form } = PARTS[open];
  return (
    <EditorContext value={editor}>
      <div className="cfg">
        <nav className="cfg-nav" aria-label={t('parts')}>
          <ul>
            {PART_KEYS.map((k) => {
              const n = counts.get(k) ?? 0;
              return (
                <li key={k}>
                  <button
                    type="button"
                    id={`cfg-part-${k}`}
                    aria-current={k === open ? 'page' : undefined}
                    onClick={() => setOpen(k)}
                  >
                    {t(k)}
                    {n > 0 && (
                      <span className="cfg-count" aria-label={t('findingCount', { n })}>
                        {n}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          <Validate draft={draft} />
        </nav>
        <div className="cfg-part">
          <h2>{t(open)}</h2>
          <Findings findings={findings.filter((f) => partOf(f.path) === open)} />
          <PartBoundary key={open}>
            <Suspense fallback={<Spinner label={t('loading')} />}>
              <Form />
            </Suspense>
          </PartBoundary>
        </div>
      </div>
    </EditorContext>
  );
}
