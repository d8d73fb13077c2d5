// A call to the survey link (the web trigger), checked whole because anyone may call it: the path, the
// method, the link's parameters and signature, its expiry, the survey (it exists, it is unanswered, the
// project and issue are still in the app's scope), and for an answer the form itself. Each refusal has its
// own status and a page in both languages; a refusal writes nothing. An answer is recorded by a
// conditional UPDATE (… WHERE answered_at IS NULL), so a second answer is refused and changes nothing.

import { z } from 'zod';
import { COMMENT_MAX } from '../../contract/records/survey';
import { loadIssues } from '../../platform/sql/store';
import { ensureSchema } from '../../platform/sql/schema';
import { recordSurveyFact } from '../facts/voice';
import { answerOnce, surveyById, type SurveyRow } from '../../platform/sql/surveys';
import { latest, loadConfigs } from '../config';
import { inScopeProject } from '../scope';
import { formPage, FORM_CSP, refusalPage, thanksPage } from './form-html';
import type { FormLang, RefusalKey } from './form-texts';
import { verify } from './link';
import { complainFromSurvey } from './survey-complaint';

export interface WebRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly queryParameters: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
}

export interface WebResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string[]>;
  readonly body: string;
}

/** Largest answer body read (a 2,000-character comment, percent-encoded, fits with room). */
export const MAX_BODY_BYTES = 32 * 1024;

const one = (v: readonly string[] | undefined) => (v?.length === 1 ? v[0] : undefined);

const linkQuery = z.strictObject({
  p: z.string().regex(/^\d{1,18}$/),
  s: z.uuid(),
  e: z.string().regex(/^\d{13}$/),
  sig: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  lang: z.enum(['en', 'zh']).optional(),
});

const answerForm = z.strictObject({
  score: z.string().regex(/^[1-5]$/, { message: 'errorScore' }),
  comment: z
    .string()
    .max(COMMENT_MAX * 3, { message: 'errorComment' })
    .transform((c) => c.replace(/\r\n/g, '\n').trim())
    .refine((c) => c.length <= COMMENT_MAX, { message: 'errorComment' })
    .optional(),
});

function language(r: WebRequest): FormLang {
  const asked = one(r.queryParameters['lang']);
  if (asked === 'en' || asked === 'zh') return asked;
  const accept = one(r.headers['accept-language']) ?? '';
  const first = accept.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

function html(statusCode: number, body: string, extra: Record<string, string[]> = {}): WebResponse {
  return {
    statusCode,
    headers: {
      'Content-Type': ['text/html; charset=utf-8'],
      'Content-Security-Policy': [FORM_CSP],
      'X-Content-Type-Options': ['nosniff'],
      'Referrer-Policy': ['no-referrer'],
      'Cache-Control': ['no-store'],
      ...extra,
    },
    body,
  };
}

const refuse = (lang: FormLang, status: number, key: RefusalKey, extra: Record<string, string[]> = {}) =>
  html(status, refusalPage(lang, key), extra);

/** Whether the survey's project (and its issue, for a case survey) is in the configuration in force. */
async function stillInScope(s: SurveyRow): Promise<boolean> {
  if (!inScopeProject(latest(await loadConfigs()).doc, s.project_id)) return false;
  if (s.issue_id === null) return true;
  const row = (await loadIssues([String(s.issue_id)])).get(String(s.issue_id));
  return row !== undefined && row.in_scope === 1;
}

export async function answerWebRequest(r: WebRequest, now: number): Promise<WebResponse> {
  const lang = language(r);
  // The trigger's own URL only (Forge may give the path with or without its /x1/<id> prefix).
  if (!/^\/?$/.test(r.path.replace(/^\/(?:x1|public)\/[^/]+/, ''))) return refuse(lang, 404, 'notFoundPage');
  if (r.method !== 'GET' && r.method !== 'POST') return refuse(lang, 405, 'method', { Allow: ['GET, POST'] });
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(r.queryParameters)) flat[k] = one(v) ?? '\u0000'; // repeated: refused below
  const q = linkQuery.safeParse(flat);
  if (!q.success) return refuse(lang, 400, 'badLink');
  const claims = { projectId: q.data.p, surveyId: q.data.s, expiresAt: Number(q.data.e) };
  if (!(await verify(claims, q.data.sig))) return refuse(lang, 403, 'forged');
  if (claims.expiresAt <= now) return refuse(lang, 410, 'expired');
  await ensureSchema();
  const survey = await surveyById(claims.projectId, claims.surveyId);
  if (!survey || survey.source !== 'link' || survey.expires_at !== claims.expiresAt)
    return refuse(lang, 404, 'unknown');
  if (survey.answered_at !== null) return refuse(lang, 409, 'answered');
  if (!(await stillInScope(survey))) return refuse(lang, 403, 'outOfScope');
  const query = new URLSearchParams({ p: q.data.p, s: q.data.s, e: q.data.e, sig: q.data.sig });
  const view = { lang, issueKey: survey.issue_key, query };
  if (r.method === 'GET') return html(200, formPage(view));

  const type = (one(r.headers['content-type']) ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return refuse(lang, 415, 'mediaType');
  if (Buffer.byteLength(r.body) > MAX_BODY_BYTES) return refuse(lang, 413, 'tooLarge');
  const fields = new URLSearchParams(r.body);
  const entries: Record<string, string> = {};
  for (const k of new Set(fields.keys())) {
    const all = fields.getAll(k);
    if (all.length !== 1) return html(400, formPage({ ...view, error: 'errorForm' }));
    entries[k] = all[0]!;
  }
  const a = answerForm.safeParse(entries);
  if (!a.success) {
    const issue = a.error.issues[0];
    const error = issue?.message === 'errorScore' || issue?.message === 'errorComment' ? issue.message : 'errorForm';
    const comment = typeof entries['comment'] === 'string' ? entries['comment'].slice(0, COMMENT_MAX) : '';
    return html(400, formPage({ ...view, error, score: entries['score'] ?? '', comment }));
  }
  const score = Number(a.data.score);
  const comment = a.data.comment ? a.data.comment : null;
  if (!(await answerOnce(survey.project_id, survey.id, { score, comment, at: now })))
    return refuse(lang, 409, 'answered');
  await recordSurveyFact(survey, { score, at: now });
  if (score <= 2 && comment !== null) await complainFromSurvey(survey, comment, now);
  return html(200, thanksPage(lang));
}
