#!/usr/bin/env node
// Lists every Jira REST route the code calls (route`...` templates and '/rest/...' strings under the given
// folders) and checks each against Atlassian's OpenAPI spec: the Jira platform's, or Jira Service
// Management's for /rest/servicedeskapi/ routes. The path must exist and, where a `method: 'X'` follows the
// call nearby, the spec must define that method for it and not mark it deprecated.
// Usage: node check-jira-routes.mjs [--spec FILE] [--jsm-spec FILE] [DIR ...]   (default DIR: src)
// Exit 1 when a route is unknown.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const specDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'spec'); // the repo's copies
let spec = join(specDir, 'jira-platform.v3.json');
let jsmSpec = join(specDir, 'jira-servicemanagement.v3.json');
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--spec') spec = args[++i];
  else if (args[i] === '--jsm-spec') jsmSpec = args[++i];
  else dirs.push(args[i]);
}
if (dirs.length === 0) dirs.push('src');

const patternsOf = (file) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8')).paths).map(([p, ops]) => ({
    path: p,
    re: new RegExp('^' + p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+') + '$'),
    methods: new Set(Object.keys(ops).map((m) => m.toUpperCase())),
    deprecated: new Set(
      Object.entries(ops)
        .filter(([, op]) => op && op.deprecated)
        .map(([m]) => m.toUpperCase()),
    ),
  }));
const platform = patternsOf(spec);
const jsm = patternsOf(jsmSpec);

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name) && !/\.(test|spec)\./.test(name)) yield full;
  }
}

const found = [];
const callRe = /route\s*`([^`]*)`|['"`](\/rest\/(?:api|agile|servicedeskapi)\/[^'"`\s]*)['"`]/g;
for (const dir of dirs) {
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(callRe)) {
      const raw = m[1] ?? m[2];
      if (!raw.startsWith('/rest/')) continue;
      const path = raw
        .split('?')[0]
        .replace(/\$\{[^}]*\}/g, 'X')
        .replace(/\/+$/, '');
      const rest = text.slice(m.index + m[0].length, m.index + 400);
      const next = rest.search(/route\s*`|['"`]\/rest\//);
      const after = next < 0 ? rest : rest.slice(0, next);
      const method = (after.match(/method\s*:\s*['"](GET|POST|PUT|DELETE|PATCH)['"]/) || [])[1] || null;
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ where: `${file}:${line}`, raw, path, method });
    }
  }
}

let bad = 0;
for (const f of found) {
  const hit = (f.path.startsWith('/rest/servicedeskapi/') ? jsm : platform).find((p) => p.re.test(f.path));
  if (!hit) {
    bad++;
    console.log(`UNKNOWN  ${f.where}  ${f.raw}`);
    continue;
  }
  if (f.method && !hit.methods.has(f.method)) {
    bad++;
    console.log(`METHOD   ${f.where}  ${f.method} ${f.raw}  (spec ${hit.path}: ${[...hit.methods].join(',')})`);
    continue;
  }
  const used = f.method ? [f.method] : [...hit.methods];
  if (used.every((m) => hit.deprecated.has(m))) {
    bad++;
    console.log(`DEPRECATED ${f.where}  ${f.method ?? ''} ${f.raw}  (Atlassian marks ${hit.path} deprecated)`);
    continue;
  }
  if (process.env.VERBOSE) console.log(`ok       ${f.where}  ${f.method ?? ''} ${hit.path}`);
}
console.log(`${found.length} Jira route uses checked, ${bad} not in the spec`);
process.exit(bad ? 1 : 0);
