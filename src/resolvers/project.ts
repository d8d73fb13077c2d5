// The project page's resolver: the relationship records of one service project. Every function checks
// the caller's permission on the project as the caller (src/resolvers/project/project-function.ts).

import { resolverOf } from '../platform/resolver';
import { PROJECT_FUNCTIONS } from './project/functions';

export const projectResolver = resolverOf(PROJECT_FUNCTIONS);
