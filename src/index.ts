// The front door: every handler manifest.yml names, and nothing else.

export { issueEvents } from './triggers/issue-events';
export { sweep } from './triggers/sweep';
export { reconcile } from './triggers/reconcile';
export { work } from './triggers/work';
export { lifecycle } from './triggers/lifecycle';
export { panelResolver } from './resolvers/panel';
export { adminResolver } from './resolvers/admin';
export { projectResolver } from './resolvers/project';
export { gadgetResolver } from './resolvers/gadget';
export { daily } from './triggers/daily';
export { surveyWeb } from './triggers/survey-web';
export { worklogs } from './triggers/worklogs';
