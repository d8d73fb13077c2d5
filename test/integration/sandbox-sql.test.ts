// The real @forge/sql package against the sandbox's Forge SQL API on a real MariaDB server.

import { ForgeSQLAPIError, migrationRunner, sql } from '@forge/sql';
import { MigrationExecutionError } from '@forge/sql/out/errors';
import { isSqlRequest, sqlFetchHandler, type ForgeFetch } from '../../sandbox/sql/forge-fetch-sql';
import { startSql, type SqlDatabase } from '../../sandbox/sql/mariadb';

let db: SqlDatabase;
let other: SqlDatabase;
/** The installation whose database answers @forge/sql right now. */
let installation: ForgeFetch;

beforeAll(async () => {
  const server = await startSql();
  [db, other] = await Promise.all([server.database('sandbox sql test'), server.database('isolation')]);
  installation = sqlFetchHandler(db);
  const forgeFetch: ForgeFetch = (meta, path, init) => {
    if (!isSqlRequest(meta)) throw new Error(`This test answers only Forge SQL, not ${JSON.stringify(meta)}`);
    return installation(meta, path, init);
  };
  Reflect.set(globalThis, '__forge_fetch__', forgeFetch);
}, 300_000); // a first run on a fresh machine installs mariadb-server

afterAll(async () => {
  Reflect.deleteProperty(globalThis, '__forge_fetch__');
  await Promise.all([db.drop(), other.drop()]);
});

const CREATE_TICKET = `CREATE TABLE IF NOT EXISTS ticket (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  issue_key VARCHAR(32) NOT NULL,
  summary VARCHAR(255) NOT NULL,
  counter BIGINT NOT NULL DEFAULT 0,
  facts JSON NULL,
  notes TEXT NULL,
  due_at DATETIME(3) NULL,
  UNIQUE KEY ticket_issue_key (issue_key)
)`;

async function sqlError(call: Promise<unknown>): Promise<ForgeSQLAPIError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ForgeSQLAPIError)) throw new Error(`expected a ForgeSQLAPIError, got ${String(error)}`);
  return error;
}

describe('sandbox Forge SQL with the real @forge/sql', () => {
  it('runs migrations once: a second run finds nothing to do', async () => {
    migrationRunner
      .enqueue('v001_create_ticket', CREATE_TICKET)
      .enqueue('v002_index_due', 'CREATE INDEX ticket_due_at ON ticket (due_at)');
    expect(await migrationRunner.run()).toEqual(['v001_create_ticket', 'v002_index_due']);
    expect(await migrationRunner.run()).toEqual([]);
    const listed = await migrationRunner.list();
    expect(listed.map((m) => m.name)).toEqual(['v001_create_ticket', 'v002_index_due']);
    expect(listed.every((m) => !Number.isNaN(m.migratedAt.getTime()))).toBe(true);
  });

  it('inserts with bound parameters and reports affected rows and the insert id', async () => {
    const result = await sql
      .prepare('INSERT INTO ticket (issue_key, summary) VALUES (?, ?)')
      .bindParams('ITR-1', 'Printer offline')
      .execute();
    expect(result.rows).toMatchObject({ affectedRows: 1, warningStatus: 0 });
    expect(result.rows).toHaveProperty('insertId', expect.any(Number));
  });

  it('returns BIGINT, Chinese VARCHAR, JSON, TEXT and DATETIME with the types Forge returns', async () => {
    const summary = '服务器宕机，用户无法登录（一级事件）';
    const facts = { grade: 'P1', tiers: [1, 2], customer: '华东客户' };
    await sql
      .prepare('INSERT INTO ticket (issue_key, summary, counter, facts, notes, due_at) VALUES (?, ?, ?, ?, ?, ?)')
      .bindParams('ITR-2', summary, '9007199254740993', JSON.stringify(facts), '备注 notes', '2026-02-13 08:30:00.250')
      .execute();
    const { rows } = await sql
      .prepare<{ id: number; counter: unknown; summary: string; facts: unknown; notes: string; due_at: string }>(
        'SELECT id, counter, summary, facts, notes, due_at FROM ticket WHERE issue_key = ?',
      )
      .bindParams('ITR-2')
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(typeof row.id).toBe('number');
    expect(row.counter).toBe('9007199254740993'); // beyond 2^53: a string, never a rounded number
    expect(row.summary).toBe(summary);
    expect(row.facts).toEqual(facts); // a JSON column arrives parsed, as mysql2 reads TiDB's JSON type
    expect(row.notes).toBe('备注 notes');
    expect(row.due_at).toBe('2026-02-13 08:30:00.250');

    const small = await sql.executeRaw<{ n: unknown }>('SELECT COUNT(*) AS n FROM ticket');
    expect(small.rows[0]?.n).toBe(2);
  });

  it('surfaces a syntax error as a ForgeSQLAPIError carrying the server message', async () => {
    const error = await sqlError(sql.executeRaw('SELEC id FROM ticket'));
    expect(error.code).toBe('SQL_EXECUTION_ERROR');
    expect(error.message).toMatch(/error in your SQL syntax/);
    expect(error.responseDetails.status).toBe(400);
    expect(error.context).toMatchObject({ debug: { code: 'ER_PARSE_ERROR', errno: 1064 } });
  });

  it('refuses two statements in one call, but not a semicolon inside a literal or a trailing one', async () => {
    const error = await sqlError(sql.executeRaw('SELECT 1; DELETE FROM ticket'));
    expect(error.code).toBe('SQL_POLICY_VIOLATION');
    expect(error.message).toMatch(/only one statement/);
    const ok = await sql.executeRaw<{ x: string }>("SELECT 'a;b' AS x; -- trailing");
    expect(ok.rows).toEqual([{ x: 'a;b' }]);
  });

  it('refuses foreign keys in DDL', async () => {
    const error = await sqlError(
      sql.executeDDL(
        'CREATE TABLE escalation (id BIGINT PRIMARY KEY, ticket_id BIGINT, FOREIGN KEY (ticket_id) REFERENCES ticket (id))',
      ),
    );
    expect(error.code).toBe('INVALID_SQL_QUERY');
    expect(error.message).toMatch(/foreign keys/);

    migrationRunner.enqueue('v003_fk', 'ALTER TABLE ticket ADD COLUMN parent_id BIGINT REFERENCES ticket (id)');
    const failed = await migrationRunner.run().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(MigrationExecutionError);
  });

  it('keeps DDL off the DML endpoint and session statements off both', async () => {
    const ddl = await sqlError(sql.executeRaw('DROP TABLE ticket'));
    expect(ddl.code).toBe('SQL_EXECUTION_ERROR');
    expect(ddl.message).toMatch(/limited to SELECT, INSERT, UPDATE and DELETE/);
    expect((await sqlError(sql.executeDDL('USE mysql'))).code).toBe('SQL_POLICY_VIOLATION');
    expect((await sqlError(sql.executeRaw('START TRANSACTION'))).code).toBe('SQL_POLICY_VIOLATION');
    expect((await sql.executeRaw<{ n: number }>('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
  });

  it('isolates installations: another database sees none of these tables, nor may it name them', async () => {
    installation = sqlFetchHandler(other);
    try {
      const missing = await sqlError(sql.executeRaw('SELECT * FROM ticket'));
      expect(missing.message).toMatch(/doesn't exist/);
      const crossing = await sqlError(sql.executeRaw(`SELECT * FROM \`${db.name}\`.ticket`));
      expect(crossing.code).toBe('SQL_POLICY_VIOLATION');
      await sql.executeDDL('CREATE TABLE ticket (id BIGINT PRIMARY KEY)');
      expect((await sql.executeRaw('SELECT * FROM ticket')).rows).toEqual([]);
    } finally {
      installation = sqlFetchHandler(db);
    }
  });

  it('times a SELECT out after 5 s as QUERY_TIMED_OUT', async () => {
    const began = Date.now();
    const error = await sqlError(sql.executeRaw('SELECT SLEEP(5.5) AS slept'));
    expect(error.code).toBe('QUERY_TIMED_OUT');
    expect(Date.now() - began).toBeGreaterThanOrEqual(4_900);
  });

  it('counts the statements each installation ran', () => {
    expect(db.counters.statements).toBeGreaterThan(10);
    expect(db.counters.ddl).toBeGreaterThanOrEqual(4);
  });
});
