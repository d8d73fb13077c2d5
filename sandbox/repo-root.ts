// The repository's root, found from this file whether it runs from source (tsx, jest) or compiled to
// .tmp/ (benchmarks): the nearest directory above that holds manifest.yml.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function find(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'manifest.yml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No manifest.yml above ${from}`);
  }
}

export const REPO_ROOT = find(__dirname);
