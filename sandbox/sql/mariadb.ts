// The SQL server behind the sandbox's Forge SQL API: a private MariaDB started in a temp dir (installed
// from Debian's mariadb-server when missing and we are root), or an existing server named by MYSQL_URL.
// One server per process: under jest every test file has its own module registry and globalThis, so the
// running server is remembered on the real process's global, and its safety nets hang on the real process.

import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { access, constants, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runInThisContext } from 'node:vm';
import { createConnection, type ConnectionOptions } from 'mysql2/promise';
import { createForgeSqlDatabase, SCHEMA_PREFIX, TIDB_SQL_MODE } from './forge-sql-api';

export interface SqlServer {
  /** A fresh, empty database (one per Forge installation / test). */
  database(name?: string): Promise<SqlDatabase>;
  /** Stops the private server and removes its temp dir; for MYSQL_URL, closes pools and drops the databases it created. */
  stop(): Promise<void>;
}

export interface SqlDatabase {
  readonly name: string;
  /** Answers one @forge/sql request body as the Forge SQL API does. */
  execute(body: unknown, kind: 'dml' | 'ddl'): Promise<{ status: number; body: unknown }>;
  /** Counts of statements executed, for budget reports. */
  readonly counters: { statements: number; ddl: number };
  /** Closes this database's connection pool (a later execute opens another); drop() closes it too. */
  close(): Promise<void>;
  drop(): Promise<void>;
}

/** Where the server is, and how to let it go. */
interface Endpoint {
  readonly connection: ConnectionOptions;
  /** Private server: the server is ours to stop. MYSQL_URL: the databases we made are ours to drop. */
  readonly owned: 'server' | 'databases';
  shutdown(): Promise<void>;
}

interface SharedState {
  endpoint?: Promise<Endpoint>;
  installing?: Promise<void>;
}

const SHARED_KEY = '__itrSandboxSqlServer';
const realProcess = runInThisContext('process') as NodeJS.Process;

function shared(): SharedState {
  const realGlobal = runInThisContext('globalThis') as Record<string, SharedState | undefined>;
  return (realGlobal[SHARED_KEY] ??= {});
}

let current: Promise<SqlServer> | undefined;

export function startSql(): Promise<SqlServer> {
  if (!current) {
    const starting = sharedEndpoint().then((endpoint) => server(endpoint, () => (current = undefined)));
    current = starting;
    starting.catch(() => {
      if (current === starting) current = undefined;
    });
  }
  return current;
}

function sharedEndpoint(): Promise<Endpoint> {
  const state = shared();
  if (!state.endpoint) {
    const url = process.env['MYSQL_URL'];
    const starting = url ? Promise.resolve(urlEndpoint(url)) : privateServer(state);
    state.endpoint = starting;
    starting.catch(() => {
      if (state.endpoint === starting) delete state.endpoint;
    });
  }
  return state.endpoint;
}

function server(endpoint: Endpoint, forget: () => void): SqlServer {
  const databases = new Set<SqlDatabase>();
  let stopping: Promise<void> | undefined;
  return {
    async database(name = 'db') {
      if (stopping) throw new Error('The sandbox SQL server was stopped');
      const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .slice(0, 40);
      const schema = `${SCHEMA_PREFIX}${slug}_${randomBytes(4).toString('hex')}`;
      await admin(endpoint, `CREATE DATABASE \`${schema}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      const db = createForgeSqlDatabase({
        name: schema,
        connection: endpoint.connection,
        dropSchema: () => admin(endpoint, `DROP DATABASE IF EXISTS \`${schema}\``),
      });
      databases.add(db);
      return db;
    },
    stop: () =>
      (stopping ??= (async () => {
        forget();
        // The private server takes its databases with it; on someone else's server we clean up after ourselves.
        await Promise.all([...databases].map((db) => (endpoint.owned === 'databases' ? db.drop() : db.close())));
        if (endpoint.owned === 'server') {
          delete shared().endpoint;
          await endpoint.shutdown();
        }
      })()),
  };
}

async function admin(endpoint: Endpoint, statement: string): Promise<void> {
  const connection = await createConnection(endpoint.connection);
  try {
    await connection.query(statement);
  } finally {
    await connection.end();
  }
}

function urlEndpoint(url: string): Endpoint {
  return { connection: { uri: url }, owned: 'databases', shutdown: () => Promise.resolve() };
}

// ---- the private server ----

const SEARCH_DIRS = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];
const START_TIMEOUT_MS = 60_000;
/** Kills the server and removes its dir once the node process is gone, however it went (even SIGKILL). */
const WATCHDOG =
  'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; ' +
  'kill -9 "$2" 2>/dev/null; sleep 1; rm -rf "$3"';

/** Throwaway data: small files and no durability make init about twice as fast (a 96 MB redo log is the default). */
const SMALL_INNODB = [
  '--innodb-buffer-pool-size=64M',
  '--innodb-log-file-size=8M',
  '--innodb-flush-log-at-trx-commit=2',
  '--innodb-doublewrite=0',
];

/**
 * Each server keeps every file in its own dir: a starting mariadbd deletes the `#sql*` temp files it finds in
 * its tmpdir, so servers sharing /tmp (parallel jest workers) would break one another's bootstrap.
 */
const ownFiles = (dir: string): string[] => [`--tmpdir=${dir}/tmp`, ...SMALL_INNODB];

const isRoot = (): boolean => process.getuid?.() === 0;

async function privateServer(state: SharedState): Promise<Endpoint> {
  const began = Date.now();
  let binaries = await findBinaries();
  if (!binaries) {
    state.installing ??= installMariadb();
    await state.installing;
    binaries = await findBinaries();
    if (!binaries)
      throw new Error('mariadb-server was installed, yet mariadbd and mariadb-install-db are still not found');
  }
  const base = tmpdir().length > 60 ? '/tmp' : tmpdir(); // a unix socket path must stay under ~100 bytes
  const dir = await mkdtemp(join(base, 'itr-mariadb-'));
  try {
    await mkdir(join(dir, 'tmp'));
    const initStarted = Date.now();
    await run(binaries.installDb, [
      '--no-defaults',
      `--datadir=${dir}/data`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      `--user=${isRoot() ? 'root' : userInfo().username}`,
      ...ownFiles(dir),
    ]);
    const startStarted = Date.now();
    const endpoint = await startServer(binaries.server, dir);
    const done = Date.now();
    process.stderr.write(
      `ITR sandbox: private MariaDB ready in ${seconds(done - began)} (init ${seconds(startStarted - initStarted)}, ` +
        `start ${seconds(done - startStarted)}) at ${dir}\n`,
    );
    return endpoint;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function startServer(serverBinary: string, dir: string): Promise<Endpoint> {
  const socketPath = join(dir, 'sock');
  const logPath = join(dir, 'server.log');
  const log = openSync(logPath, 'a');
  const child = spawn(
    serverBinary,
    [
      '--no-defaults',
      `--datadir=${dir}/data`,
      `--socket=${socketPath}`,
      `--pid-file=${dir}/mariadbd.pid`,
      '--skip-networking',
      ...(isRoot() ? ['--user=root'] : []),
      '--skip-log-bin',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_bin',
      `--sql-mode=${TIDB_SQL_MODE}`,
      '--default-time-zone=+00:00',
      '--explicit-defaults-for-timestamp=ON',
      ...ownFiles(dir),
    ],
    { stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref(); // the server must not keep jest (or the sandbox) alive; the nets below stop it
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited with ${signal ?? `code ${code ?? '?'}`}`));
    child.once('error', (error) => resolve(`could not start: ${error.message}`));
  });
  const watchdog = spawn(
    'sh',
    ['-c', WATCHDOG, 'itr-mariadb-watchdog', String(realProcess.pid), String(child.pid), dir],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  watchdog.unref();
  const onExit = (): void => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  realProcess.on('exit', onExit);

  const shutdown = async (): Promise<void> => {
    realProcess.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), sleep(10_000, false)]);
      if (!stopped) child.kill('SIGKILL');
    }
    watchdog.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  };

  const connection: ConnectionOptions = { socketPath, user: 'root' };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const failure = await Promise.race([exited, sleep(100, undefined)]);
    if (failure !== undefined) {
      const tail = logTail(logPath);
      await shutdown();
      throw new Error(`MariaDB (${serverBinary}) ${failure} before accepting connections. Its log ends:\n${tail}`);
    }
    if (existsSync(socketPath) && (await accepts(connection))) break;
    if (Date.now() > deadline) {
      const tail = logTail(logPath);
      await shutdown();
      const waited = seconds(START_TIMEOUT_MS);
      throw new Error(`MariaDB did not accept connections on ${socketPath} within ${waited}. Its log ends:\n${tail}`);
    }
  }
  return { connection, owned: 'server', shutdown };
}

async function accepts(connection: ConnectionOptions): Promise<boolean> {
  try {
    const probe = await createConnection(connection);
    await probe.end();
    return true;
  } catch {
    return false;
  }
}

async function findBinaries(): Promise<{ server: string; installDb: string } | undefined> {
  const server = (await which('mariadbd')) ?? (await which('mysqld'));
  const installDb = (await which('mariadb-install-db')) ?? (await which('mysql_install_db'));
  return server && installDb ? { server, installDb } : undefined;
}

async function which(name: string): Promise<string | undefined> {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== ''), ...SEARCH_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

async function installMariadb(): Promise<void> {
  if (!isRoot()) {
    throw new Error(
      'The sandbox needs a MariaDB server and found none (mariadbd or mysqld on PATH, /usr/sbin, /usr/bin). ' +
        'Install the Debian package mariadb-server (sudo apt-get install mariadb-server), ' +
        'or set MYSQL_URL=mysql://user:password@host:3306 to use an existing MySQL or MariaDB server.',
    );
  }
  process.stderr.write('ITR sandbox: MariaDB not found; installing the Debian package mariadb-server (once)…\n');
  const began = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], env);
  await run('apt-get', ['install', '-y', '--no-install-recommends', 'mariadb-server'], env);
  process.stderr.write(`ITR sandbox: mariadb-server installed in ${seconds(Date.now() - began)}\n`);
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60_000 }, (error, stdout, stderr) => {
      if (!error) {
        resolve();
        return;
      }
      const output = `${stdout}\n${stderr}`.trim().split('\n').slice(-20).join('\n');
      reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${output}`));
    });
  });
}

function logTail(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
