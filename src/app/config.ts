// The configuration in force: every version saved in SQL (the ITR default template until an admin saves
// one), compiled once per process and version.

import { compileConfig, parseConfig, ITR_TEMPLATE } from '../domain/config';
import type { CompiledConfig, ConfigHistory } from '../domain/config/compile';
import { configVersions } from '../platform/sql/store';

const compiled = new Map<string, CompiledConfig>();

function compile(doc: string): CompiledConfig {
  let c = compiled.get(doc);
  if (!c) {
    c = compileConfig(parseConfig(JSON.parse(doc)));
    compiled.set(doc, c);
  }
  return c;
}

export async function loadConfigs(): Promise<ConfigHistory> {
  const versions = await configVersions();
  if (versions.length === 0)
    return [{ activatedAt: Number.NEGATIVE_INFINITY, config: compile(JSON.stringify(ITR_TEMPLATE)) }];
  return versions.map((v, i) => ({
    activatedAt: i === 0 ? Number.NEGATIVE_INFINITY : v.activatedAt,
    config: compile(v.doc),
  }));
}

export function latest(configs: ConfigHistory): CompiledConfig {
  return configs[configs.length - 1]!.config;
}
