// The survey page as HTML: the form (1–5 as radio buttons and a comment), the thank-you page and the
// refusals (both languages). Its only style is one <style> block, allowed by its hash in the page's own
// strict Content-Security-Policy; nothing runs (no script at all). Light or dark follows the browser.

import { createHash } from 'node:crypto';
import { FORM_TEXTS, type FormLang, type RefusalKey } from './form-texts';

const CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#172b4d;--muted:#44546f;--line:#8590a2;--accent:#0c66e4;--accent-fg:#fff;--error:#ae2e24}
@media (prefers-color-scheme:dark){:root{--bg:#1d2125;--fg:#dee4ea;--muted:#9fadbc;--line:#738496;--accent:#579dff;--accent-fg:#1d2125;--error:#fd9891}}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:36rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.5rem;margin:0 0 1rem}
fieldset{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
legend{font-weight:600;padding:0 .25rem}
.choice{display:flex;align-items:center;gap:.5rem;padding:.25rem 0}
input[type=radio]{width:1.1rem;height:1.1rem;accent-color:var(--accent)}
label.field{display:block;font-weight:600;margin:0 0 .25rem}
textarea{box-sizing:border-box;width:100%;font:inherit;color:inherit;background:transparent;border:1px solid var(--line);border-radius:6px;padding:.5rem}
.hint{color:var(--muted);font-size:.875rem;margin:.25rem 0 1rem}
.error{color:var(--error);font-weight:600}
button{font:inherit;font-weight:600;background:var(--accent);color:var(--accent-fg);border:0;border-radius:6px;padding:.5rem 1.25rem;cursor:pointer}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
a{color:var(--accent)}
section+section{margin-top:1.5rem;border-top:1px solid var(--line);padding-top:1rem}`;

/** The page's policy: nothing loads, nothing runs; the one style block by its hash; the form posts back here. */
export const FORM_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

const HTML_LANG: Record<FormLang, string> = { en: 'en', zh: 'zh-CN' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(lang: FormLang, title: string, body: string): string {
  return `<!doctype html><html lang="${HTML_LANG[lang]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body><main>${body}</main></body></html>`;
}

export interface FormView {
  readonly lang: FormLang;
  /** The issue asked about (case by case), or null (a periodic survey). */
  readonly issueKey: string | null;
  /** The link's query without `lang`, for the other language's link. */
  readonly query: URLSearchParams;
  readonly error?: 'errorScore' | 'errorComment' | 'errorForm';
  readonly score?: string;
  readonly comment?: string;
}

export function formPage(v: FormView): string {
  const t = FORM_TEXTS[v.lang];
  const other: FormLang = v.lang === 'en' ? 'zh' : 'en';
  const switchTo = new URLSearchParams(v.query);
  switchTo.set('lang', other);
  const radios = t.scores
    .map((label, i) => {
      const n = String(i + 1);
      const checked = v.score === n ? ' checked' : '';
      return `<div class="choice"><input type="radio" id="score-${n}" name="score" value="${n}" required${checked}${v.error === 'errorScore' ? ' aria-describedby="form-error"' : ''}><label for="score-${n}">${escapeHtml(label)}</label></div>`;
    })
    .join('');
  const error = v.error ? `<p id="form-error" class="error" role="alert">${escapeHtml(t[v.error])}</p>` : '';
  const described = v.error === 'errorComment' ? 'comment-hint form-error' : 'comment-hint';
  return page(
    v.lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(v.issueKey ? t.caseIntro(v.issueKey) : t.periodicIntro)}</p>${error}<form method="post"><fieldset><legend>${escapeHtml(t.legend)}</legend>${radios}</fieldset><label class="field" for="comment">${escapeHtml(t.comment)}</label><textarea id="comment" name="comment" rows="5" maxlength="2000" aria-describedby="${described}">${escapeHtml(v.comment ?? '')}</textarea><p id="comment-hint" class="hint">${escapeHtml(t.commentHint)}</p><button type="submit">${escapeHtml(t.send)}</button></form><p><a href="?${escapeHtml(switchTo.toString())}" lang="${HTML_LANG[other]}">${escapeHtml(FORM_TEXTS[v.lang].other)}</a></p>`,
  );
}

export function thanksPage(lang: FormLang): string {
  const t = FORM_TEXTS[lang];
  return page(lang, t.title, `<h1>${escapeHtml(t.title)}</h1><p role="status">${escapeHtml(t.thanks)}</p>`);
}

/** A refusal, said in the reader's language first and then in the other. */
export function refusalPage(lang: FormLang, key: RefusalKey): string {
  const order: FormLang[] = lang === 'en' ? ['en', 'zh'] : ['zh', 'en'];
  const sections = order.map((l, i) => {
    const t = FORM_TEXTS[l];
    const heading = i === 0 ? `<h1>${escapeHtml(t.refused)}</h1>` : `<h2>${escapeHtml(t.refused)}</h2>`;
    return `<section lang="${HTML_LANG[l]}">${heading}<p>${escapeHtml(t[key])}</p></section>`;
  });
  return page(lang, FORM_TEXTS[lang].refused, sections.join(''));
}
