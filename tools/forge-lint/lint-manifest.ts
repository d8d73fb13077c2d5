// Lints manifest.yml and src/ offline with Atlassian's own Forge linter, in client-side mode: the rules
// `forge lint` runs, without a login, Statsig or a download of the product specs. Exit 1 on any error.
// Usage: tsx tools/forge-lint/lint-manifest.ts [APP_DIR]   (default: this repository)

import { ConfigFile, FileSystemReader, FileSystemWriter, StatsigReader, type StatsigService } from '@forge/cli-shared';
import { lint, parseSourceFile, problemCount, reportLintResults, tsParser } from '@forge/lint';
import path from 'node:path';

/** Feature gates and dynamic configs are unknown offline: every one reads as unset, so defaults apply. */
class OfflineStatsig extends StatsigReader {
  checkGate(): Promise<null> {
    return Promise.resolve(null);
  }
  getDynamicConfig(): Promise<null> {
    return Promise.resolve(null);
  }
}

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..', '..');
  process.chdir(path.resolve(process.argv[2] ?? repo));
  const empty = path.join(__dirname, 'empty-openapi.json');
  process.env.USE_LOCAL_SWAGGER = '1';
  process.env.LOCAL_JIRA_SWAGGER = path.join(repo, 'spec', 'jira-platform.v3.json');
  for (const name of [
    'LOCAL_JSM_SWAGGER',
    'LOCAL_JSW_SWAGGER',
    'LOCAL_CONF_SWAGGER',
    'LOCAL_CONF_V2_SWAGGER',
    'LOCAL_BB_SWAGGER',
  ]) {
    process.env[name] = empty;
  }

  const reader = new FileSystemReader();
  const manifest = await new ConfigFile(reader, new FileSystemWriter()).readConfig();
  const files = (await reader.readGlob({ pattern: 'src/**/*.{ts,tsx,js,jsx}', filesOnly: true })).sort();
  const logger = {
    info: (message: string) => {
      console.log(message);
    },
  };
  // lint() is typed with the online StatsigService but only reads gates through the StatsigReader API.
  const statsig = new OfflineStatsig() as unknown as StatsigService;
  const results = await lint(files, manifest, 'development', logger, statsig, {
    parseFunction: (file) => parseSourceFile(file, tsParser),
    linter: { mode: 'client-side' },
  });
  reportLintResults(logger, results);
  const { errors, warnings } = problemCount(results);
  console.log(`forge lint (offline): ${files.length} source files, ${errors} errors, ${warnings} warnings`);
  process.exit(errors > 0 ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error('forge lint (offline) could not run:', err);
  process.exit(1);
});
