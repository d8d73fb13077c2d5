// The emulated routes, keyed 'METHOD template' exactly as the spec names them.

import { getFeedback } from './feedback';
import * as filters from './filters';
import * as issues from './issues';
import * as jsm from './jsm';
import * as meta from './meta';
import * as projects from './projects';
import * as props from './properties';
import * as search from './search';
import * as setup from './setup';
import type { Handler } from './types';
import * as worklogs from './worklogs';

const I = '/rest/api/3/issue/{issueIdOrKey}';

export const routes = new Map<string, Handler>([
  ['GET /rest/api/3/search/jql', search.searchGet],
  ['POST /rest/api/3/search/jql', search.searchPost],
  ['POST /rest/api/3/search/approximate-count', search.approximateCount],
  ['POST /rest/api/3/issue/bulkfetch', search.bulkFetch],
  ['POST /rest/api/3/changelog/bulkfetch', search.changelogBulkFetch],
  ['POST /rest/api/3/issue', issues.createIssue],
  [`GET ${I}`, issues.getIssue],
  [`PUT ${I}`, issues.editIssue],
  [`DELETE ${I}`, issues.deleteIssue],
  [`GET ${I}/transitions`, issues.getTransitions],
  [`POST ${I}/transitions`, issues.doTransition],
  [`GET ${I}/comment`, issues.getComments],
  [`POST ${I}/comment`, issues.addComment],
  [`POST ${I}/notify`, issues.notify],
  ['POST /rest/api/3/issueLink', issues.linkIssues],
  ['POST /rest/api/3/comment/list', issues.listComments],
  [`GET ${I}/properties/{propertyKey}`, props.getProperty],
  [`PUT ${I}/properties/{propertyKey}`, props.setProperty],
  [`DELETE ${I}/properties/{propertyKey}`, props.deleteProperty],
  ['POST /rest/api/3/issue/properties/multi', props.setPropertiesMulti],
  ['GET /rest/api/3/task/{taskId}', props.getTask],
  ['GET /rest/api/3/field', meta.getFields],
  ['GET /rest/api/3/project/search', meta.searchProjects],
  ['GET /rest/api/3/mypermissions', meta.myPermissions],
  ['GET /rest/api/3/myself', meta.myself],
  ['GET /rest/api/3/user/groups', meta.userGroups],
  ['GET /rest/api/3/user', meta.getUser],
  ['GET /rest/api/3/project/{projectIdOrKey}', projects.getProject],
  ['GET /rest/api/3/project/{projectIdOrKey}/role', projects.projectRoles],
  ['GET /rest/api/3/project/{projectIdOrKey}/role/{id}', projects.projectRole],
  ['GET /rest/api/3/project/{projectIdOrKey}/statuses', projects.projectStatuses],
  ['GET /rest/api/3/status', projects.statuses],
  ['GET /rest/api/3/issueLinkType', setup.getIssueLinkTypes],
  ['GET /rest/api/3/group/bulk', setup.groupBulk],
  ['POST /rest/api/3/jql/parse', setup.parseJql],
  ['GET /rest/servicedeskapi/request/{requestIdOrKey}/feedback', getFeedback],
  ['GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/organization', jsm.serviceDeskOrganizations],
  ['GET /rest/servicedeskapi/organization/{organizationId}/user', jsm.organizationUsers],
  [`GET ${I}/worklog`, worklogs.getIssueWorklogs],
  [`POST ${I}/worklog`, worklogs.addWorklog],
  [`GET ${I}/worklog/{id}`, worklogs.getWorklog],
  [`PUT ${I}/worklog/{id}`, worklogs.updateWorklog],
  [`DELETE ${I}/worklog/{id}`, worklogs.deleteWorklog],
  ['GET /rest/api/3/worklog/updated', worklogs.updatedWorklogs],
  ['GET /rest/api/3/worklog/deleted', worklogs.deletedWorklogs],
  ['POST /rest/api/3/worklog/list', worklogs.listWorklogs],
  ['GET /rest/api/3/filter/{id}', filters.getFilter],
  ['GET /rest/api/3/filter/search', filters.searchFilters],
]);
