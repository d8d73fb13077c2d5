// A survey use case's refusal at a payload path; the project page's resolver answers it as such.

export class SurveyRefusal extends Error {
  constructor(
    readonly code: 'invalid' | 'notFound',
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}
