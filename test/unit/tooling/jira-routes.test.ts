// Every Jira route in src/ exists in Atlassian's spec with its method, and none is deprecated
// (tools/check-jira-routes.mjs, reading the spec copy in spec/, reads route`...` templates statically, so routes no test happens to call count too).

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

test('check-jira-routes finds no unknown or deprecated route in src/', () => {
  const tool = resolve(__dirname, '../../../tools/check-jira-routes.mjs');
  const out = execFileSync(process.execPath, [tool, 'src'], { cwd: resolve(__dirname, '../../..'), encoding: 'utf8' });
  expect(out).toMatch(/\b0 not in the spec/);
});
