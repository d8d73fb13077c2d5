// Initial JS per Custom UI entry, gzipped: the entry's module script and every chunk Vite tells the browser
// to preload with it (its static imports). Lazy chunks are not counted: a surface fetches them later.
// Budgets: the SLA panel ≤ 150 KB (issue 9); the project page and each dashboard gadget, charts included,
// ≤ 250 KB (issues 10 and 11).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../sandbox/repo-root';

const BUILD = join(REPO_ROOT, 'static/build');
const BUDGET_KB: Readonly<Record<string, number>> = { panel: 150, admin: 350, project: 250 };
const GADGET_BUDGET_KB = 250;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
let over = false; // reported, not failed: the bench measures, npm test gates
for (const html of readdirSync(BUILD).filter((f) => f.endsWith('.html'))) {
  const page = readFileSync(join(BUILD, html), 'utf8');
  const scripts = [
    ...page.matchAll(/(?:<script type="module"[^>]*src|<link rel="modulepreload"[^>]*href)="\.\/([^"]+)"/g),
  ];
  const gz = scripts.reduce((n, m) => n + gzipSync(readFileSync(join(BUILD, m[1]!))).length, 0);
  const entry = html.replace(/\.html$/, '');
  const budget = BUDGET_KB[entry] ?? (entry.startsWith('gadget-') ? GADGET_BUDGET_KB : undefined);
  if (budget !== undefined && kb(gz) > budget) over = true;
  console.log(
    `bundle  ${entry.padEnd(20)} initial JS ${String(kb(gz)).padStart(6)} KB gzipped in ${scripts.length} files` +
      (budget === undefined ? '' : `  (budget ${budget} KB${kb(gz) > budget ? ': OVER' : ''})`),
  );
}
if (over) console.log('bundle  over budget: see the entries marked OVER');
