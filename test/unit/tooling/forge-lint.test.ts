// The offline Forge lint is part of the test command; prove it passes on the app and still bites.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '..', '..', '..');
const runLint = (dir?: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(repo, 'tools/forge-lint/lint-manifest.ts'), ...(dir ? [dir] : [])],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );

describe('offline forge lint', () => {
  it('passes on manifest.yml and src/', () => {
    const run = runLint();
    expect(run.stdout).toContain('0 errors');
    expect(run.status).toBe(0);
  });

  it('fails an app that calls a Jira route without the scope it needs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'itr-lint-'));
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(
      path.join(dir, 'manifest.yml'),
      [
        'modules:',
        '  trigger:',
        '    - key: on-issue',
        '      function: main',
        '      events: [avi:jira:created:issue]',
        '  function:',
        '    - key: main',
        '      handler: index.run',
        'app:',
        '  id: ari:cloud:ecosystem::app/218762da-b2f5-469a-bfce-dc5c5fdc6769',
        '  runtime:',
        '    name: nodejs22.x',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'src', 'index.ts'),
      "import api, { route } from '@forge/api';\nexport const run = () => api.asApp().requestJira(route`/rest/api/3/issue/${'X-1'}`);\n",
    );
    const run = runLint(dir);
    expect(run.stdout).toMatch(/requires "read:jira-work" scope/);
    expect(run.status).toBe(1);
  });
});
