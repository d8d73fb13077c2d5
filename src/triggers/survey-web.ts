// The survey link's web trigger (anonymous by design): Forge's request, checked and answered by the app.

import { z } from 'zod';
import { answerWebRequest, type WebResponse } from '../app/surveys/web-request';

const values = z.record(z.string(), z.array(z.string()));
const request = z.looseObject({
  method: z.string(),
  path: z.string().default('/'),
  headers: values.default({}),
  queryParameters: values.default({}),
  body: z.string().default(''),
});

export async function surveyWeb(event: unknown): Promise<WebResponse> {
  const r = request.safeParse(event);
  if (!r.success)
    return {
      statusCode: 400,
      headers: { 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'Bad request / 请求无效',
    };
  const headers = Object.fromEntries(Object.entries(r.data.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return answerWebRequest({ ...r.data, method: r.data.method.toUpperCase(), headers }, Date.now());
}
