// The whole draft as JSON for power users: edits apply to the draft whenever the text parses (a syntax
// error is shown at its line and column, and not applied); the findings of the last check or preview are
// listed by JSON path, and choosing one puts the caret on its line.
import Lozenge from '@atlaskit/lozenge';
import { useEffect, useRef, useState } from 'react';
import type { SectionProps } from '../AdminPage';
import { lineOfPath, lineRange, parseDoc, pretty, type Parsed } from './json-text';
import { useJsonText } from './texts';
import './json.css';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export default function JsonSection({ draft }: SectionProps) {
  const t = useJsonText();
  const [text, setText] = useState(() => pretty(draft.doc));
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  // The draft changed elsewhere (another section, a reload): show it, unless the text already says so.
  useEffect(() => {
    setText((current) => {
      const p = parseDoc(current);
      return p.ok && same(p.value, draft.doc) ? current : pretty(draft.doc);
    });
  }, [draft.doc]);

  const edit = (next: string) => {
    setText(next);
    const p = parseDoc(next);
    setParsed(p);
    if (p.ok && !same(p.value, draft.doc)) draft.setDoc(p.value);
  };

  const goTo = (path: string) => {
    const el = area.current;
    if (!el) return;
    // Lines are counted in the pretty form: text that parses is shown in it first.
    const p = parseDoc(text);
    const shown = p.ok ? pretty(p.value) : text;
    if (shown !== text) setText(shown);
    const line = p.ok ? lineOfPath(p.value, path) : 0;
    const [start, end] = lineRange(shown, line);
    el.value = shown;
    el.focus();
    el.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, line * lineHeight - el.clientHeight / 3);
  };

  const error = parsed && !parsed.ok ? parsed : null;
  return (
    <section aria-labelledby="json-title" className="json-view">
      <h2 id="json-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <label htmlFor="json-doc">{t('label')}</label>
      <textarea
        id="json-doc"
        ref={area}
        className="json-editor"
        value={text}
        spellCheck={false}
        rows={28}
        aria-invalid={error !== null}
        aria-describedby={error ? 'json-error' : undefined}
        onChange={(e) => edit(e.currentTarget.value)}
      />
      <div id="json-error" role="status" className="json-error">
        {error && (
          <>
            {error.kind === 'syntax'
              ? t('syntax', { line: error.line, column: error.column, message: error.detail })
              : t('notObject')}{' '}
            {t('notApplied')}
          </>
        )}
      </div>
      <h3>{t('findings')}</h3>
      {draft.findings.length === 0 ? (
        <p className="why">{t('noFindings')}</p>
      ) : (
        <ul className="plain json-findings">
          {draft.findings.map((f) => (
            <li key={`${f.path} ${f.code} ${f.message}`} className="row">
              <Lozenge appearance={f.severity === 'blocking' ? 'removed' : 'moved'}>{t(f.severity)}</Lozenge>
              <button
                type="button"
                className="json-path"
                aria-label={t('goTo', { path: f.path || t('whole') })}
                onClick={() => goTo(f.path)}
              >
                {f.path || t('whole')}
              </button>
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
