// The Forge SQL API (/api/v1/execute and /api/v1/execute/ddl) answered over a real MySQL-dialect server,
// with the limits Forge imposes, so that the app cannot come to rely on anything Forge refuses. Sources:
// Forge SQL REST API ("DML queries are limited to SELECT, INSERT, UPDATE and DELETE statements. The DDL API
// is available for all other statements"), Forge SQL limits (no foreign keys; one statement per call;
// SELECT 5 s and INSERT/UPDATE/DELETE 10 s per connection; 1 MiB request, 4 MiB response), the Forge SQL
// query policy (SQL_POLICY_VIOLATION for USE, PREPARE/EXECUTE/DEALLOCATE, multiple statements, SET), and
// @forge/sql itself (its migrationRunner lists migrations with a SELECT sent to the DDL endpoint).

import { createPool, type FieldPacket, type PoolOptions, type ResultSetHeader, type RowDataPacket } from 'mysql2';
import type { Pool } from 'mysql2/promise';
import { z } from 'zod';
import type { SqlDatabase } from './mariadb';
import { statementsOf, type StatementCode } from './sql-text';

export interface ForgeSqlResponse {
  status: number;
  body: unknown;
}

export type EndpointKind = 'dml' | 'ddl';

const SECOND = 1000;
const MIB = 1024 * 1024;
const REQUEST_LIMIT = MIB;
const RESPONSE_LIMIT = 4 * MIB;
const SELECT_TIMEOUT = 5 * SECOND;
const WRITE_TIMEOUT = 10 * SECOND;
/** Forge publishes no DDL timeout; this only keeps a stuck migration from hanging a test run. */
const DDL_GUARD_TIMEOUT = 60 * SECOND;

/** Every sandbox schema's name starts so; a qualified name with it that is not the caller's is another installation. */
export const SCHEMA_PREFIX = 'forgesb_';

/** TiDB's default sql_mode (Forge SQL runs on TiDB), less the user-management flag MariaDB has no use for. */
export const TIDB_SQL_MODE =
  'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

/** What @forge/sql's SqlClient posts: `JSON.stringify({ query, params, method })`. */
const requestSchema = z.object({
  query: z.string().min(1, 'query must be a non-empty SQL string'),
  params: z
    .array(
      z.union([z.string(), z.number(), z.boolean(), z.null()], {
        error: 'a bound parameter must be a string, number, boolean or null',
      }),
    )
    .optional(),
  method: z.string().optional(),
});

/** Statements the DML endpoint's restricted user cannot run; an unknown word goes on to the server's syntax error. */
const NOT_DML = new Set(
  (
    'ALTER ANALYZE CALL CHECK CHECKSUM CREATE DESC DESCRIBE DO DROP EXPLAIN FLUSH HANDLER INSTALL OPTIMIZE PURGE ' +
    'RENAME REPAIR REPLACE RESET SHOW TRUNCATE UNINSTALL'
  ).split(' '),
);
const WRITE_KEYWORDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'REPLACE']);

/** Statements Forge refuses outright, or whose session state would leak between pooled calls here. */
const REFUSED: Record<string, string> = {
  USE: 'USE is not permitted: Forge SQL scopes every query to the installation’s own schema.',
  PREPARE: 'SQL-level PREPARE is not permitted; bind parameters with sql.prepare(query).bindParams(...).',
  EXECUTE: 'SQL-level EXECUTE is not permitted; bind parameters with sql.prepare(query).bindParams(...).',
  DEALLOCATE: 'SQL-level DEALLOCATE PREPARE is not permitted.',
  SET: 'SET is not permitted here: each Forge SQL call is a separate request, so session state does not carry over.',
  BEGIN: 'Transactions cannot span Forge SQL calls: each call is a separate request. Make each write idempotent.',
  START: 'Transactions cannot span Forge SQL calls: each call is a separate request. Make each write idempotent.',
  COMMIT: 'Transactions cannot span Forge SQL calls: each call is a separate request.',
  ROLLBACK: 'Transactions cannot span Forge SQL calls: each call is a separate request.',
  SAVEPOINT: 'Transactions cannot span Forge SQL calls: each call is a separate request.',
  LOCK: 'LOCK TABLES is not permitted in Forge SQL.',
  UNLOCK: 'UNLOCK TABLES is not permitted in Forge SQL.',
  GRANT: 'Privileges are managed by Forge, not by the app.',
  REVOKE: 'Privileges are managed by Forge, not by the app.',
  KILL: 'KILL is not permitted in Forge SQL.',
  LOAD: 'LOAD DATA is not permitted in Forge SQL.',
};

type Params = Array<string | number | boolean | null>;

export interface ForgeSqlDatabaseOptions {
  name: string;
  /** How to reach the server (socketPath or uri, user…); the database is added here. */
  connection: PoolOptions;
  /** Drops the schema on the server; called once by drop(). */
  dropSchema(): Promise<void>;
}

export function createForgeSqlDatabase(options: ForgeSqlDatabaseOptions): SqlDatabase {
  const counters = { statements: 0, ddl: 0 };
  let pool: Pool | undefined;
  let dropped: Promise<void> | undefined;

  const open = (): Pool => {
    if (dropped) throw new Error(`Sandbox SQL database ${options.name} was dropped`);
    pool ??= openPool({ ...options.connection, database: options.name });
    return pool;
  };
  const close = async (): Promise<void> => {
    const closing = pool;
    pool = undefined;
    await closing?.end();
  };

  return {
    name: options.name,
    counters,
    close,
    drop: () =>
      (dropped ??= (async () => {
        await close();
        await options.dropSchema();
      })()),
    async execute(body, kind) {
      const request = requestSchema.safeParse(body);
      if (!request.success) {
        return forgeError(
          400,
          'INVALID_SQL_QUERY',
          `Invalid Forge SQL request body: ${z.prettifyError(request.error)}`,
        );
      }
      const { query, params = [] } = request.data;
      const size = Buffer.byteLength(JSON.stringify(body));
      if (size > REQUEST_LIMIT) {
        const message = `The request is ${size} bytes; Forge SQL accepts at most 1 MiB per request.`;
        return forgeError(400, 'INVALID_SQL_QUERY', message);
      }
      const statements = statementsOf(query);
      const refusal = refuse(statements, kind, options.name);
      if (refusal) return refusal;
      const statement = statements[0]!;
      counters.statements += 1;
      if (kind === 'ddl') counters.ddl += 1;
      return run(open(), query, params, kind, timeoutFor(statement, kind));
    },
  };
}

function openPool(config: PoolOptions): Pool {
  const core = createPool({
    ...config,
    multipleStatements: false,
    dateStrings: true, // DATETIME as 'YYYY-MM-DD HH:MM:SS[.fff]', DATE as 'YYYY-MM-DD': what forge-sql-orm parses from Forge
    supportBigNumbers: true, // BIGINT beyond 2^53 as a string instead of a rounded number
    bigNumberStrings: false,
    charset: 'UTF8MB4_BIN',
    timezone: 'Z',
    connectionLimit: 8,
    maxIdle: 2,
    maxPreparedStatements: 256,
  });
  // Forge runs on TiDB in UTC with TiDB's strict defaults; MYSQL_URL servers get the same per session.
  core.on('connection', (connection) => {
    connection.query(`SET SESSION sql_mode = '${TIDB_SQL_MODE}', time_zone = '+00:00'`);
  });
  return core.promise();
}

function refuse(statements: StatementCode[], kind: EndpointKind, ownDatabase: string): ForgeSqlResponse | undefined {
  const [statement, ...more] = statements;
  if (!statement) return forgeError(400, 'INVALID_SQL_QUERY', 'The query holds no SQL statement.');
  if (more.length > 0) {
    return policyViolation(
      `Each call to the Forge SQL API must contain only one statement; this query holds ${statements.length}.`,
      'Send each statement in its own sql.prepare(...).execute() or migration.',
    );
  }
  const { code, keyword, secondKeyword } = statement;
  const refused = REFUSED[keyword];
  if (refused) return policyViolation(refused);
  if (/^(CREATE|DROP|ALTER)$/.test(keyword) && /^(DATABASE|SCHEMA|USER|ROLE)$/.test(secondKeyword)) {
    return policyViolation(
      `${keyword} ${secondKeyword} is not permitted: Forge provisions one schema per installation.`,
    );
  }
  if (/\bINTO\s+(OUTFILE|DUMPFILE)\b|\bLOAD_FILE\s*\(/i.test(code)) {
    return policyViolation('Reading or writing server files is not permitted in Forge SQL.');
  }
  const otherSchema = new RegExp(`\\b(${SCHEMA_PREFIX}\\w+)\\s*\\.`, 'i').exec(code)?.[1];
  if (otherSchema !== undefined && otherSchema.toLowerCase() !== ownDatabase.toLowerCase()) {
    return policyViolation(`References to another installation's schema (${otherSchema}) are not permitted.`);
  }
  if (kind === 'dml' && NOT_DML.has(keyword)) {
    return forgeError(
      400,
      'SQL_EXECUTION_ERROR',
      `${keyword} is not allowed on /api/v1/execute: DML queries are limited to SELECT, INSERT, UPDATE and DELETE.`,
      { suggestion: 'Run schema changes with migrationRunner.enqueue(name, ddl).run() or sql.executeDDL().' },
    );
  }
  if (/\bFOREIGN\s+KEY\b|\bREFERENCES\b/i.test(code)) {
    return forgeError(
      400,
      'INVALID_SQL_QUERY',
      'Forge SQL does not support foreign keys (FOREIGN KEY / REFERENCES); deletes are not cascaded.',
      { suggestion: 'Keep the key column with an index, and delete dependent rows explicitly.' },
    );
  }
  return undefined;
}

function timeoutFor(statement: StatementCode, kind: EndpointKind): number {
  if (statement.keyword === 'SELECT' || statement.keyword === 'WITH') return SELECT_TIMEOUT;
  if (kind === 'dml' || WRITE_KEYWORDS.has(statement.keyword)) return WRITE_TIMEOUT;
  return DDL_GUARD_TIMEOUT;
}

async function run(
  pool: Pool,
  query: string,
  params: Params,
  kind: EndpointKind,
  timeout: number,
): Promise<ForgeSqlResponse> {
  const started = performance.now();
  try {
    // The DML endpoint binds parameters server-side (a prepared statement), as Forge documents; DDL is plain text.
    const [result, fields] =
      kind === 'dml'
        ? await pool.execute<RowDataPacket[] | ResultSetHeader>({ sql: query, timeout }, params)
        : await pool.query<RowDataPacket[] | ResultSetHeader>({ sql: query, timeout }, params);
    const rows = Array.isArray(result) ? result : writeSummary(result);
    const dbExecutionTime = Math.round(performance.now() - started);
    const responseSize = Buffer.byteLength(JSON.stringify(rows));
    if (responseSize > RESPONSE_LIMIT) {
      return forgeError(
        400,
        'SQL_EXECUTION_ERROR',
        `The result is ${responseSize} bytes; Forge SQL responses are limited to 4 MiB.`,
        { suggestion: 'Select fewer columns, or page with LIMIT and a key range.' },
      );
    }
    return { status: 200, body: { rows, metadata: { dbExecutionTime, responseSize, fields: fieldsOf(fields) } } };
  } catch (error) {
    return sqlError(error, timeout);
  }
}

/** The six fields @forge/sql's UpdateQueryResponse declares, from mysql2's ResultSetHeader. */
function writeSummary(header: ResultSetHeader): Record<string, unknown> {
  const { affectedRows, fieldCount, info, insertId, serverStatus, warningStatus } = header;
  return { affectedRows, fieldCount, info, insertId, serverStatus, warningStatus };
}

function fieldsOf(fields: FieldPacket[] | undefined): Array<Record<string, unknown>> {
  return (fields ?? []).map((f) => ({
    catalog: f.catalog,
    name: f.name,
    schema: f.schema,
    characterSet: f.characterSet,
    decimals: f.decimals,
    table: f.table,
    orgTable: f.orgTable,
    orgName: f.orgName,
    flags: f.flags,
    columnType: f.columnType,
    columnLength: f.columnLength,
  }));
}

const mysqlErrorSchema = z.object({
  message: z.string(),
  code: z.string().optional(),
  errno: z.number().optional(),
  sqlState: z.string().optional(),
  sqlMessage: z.string().optional(),
});

function sqlError(error: unknown, timeout: number): ForgeSqlResponse {
  const parsed = mysqlErrorSchema.safeParse(error);
  if (!parsed.success) return forgeError(500, 'UNKNOWN_ERROR', String(error));
  const { message, code, errno, sqlState, sqlMessage } = parsed.data;
  if (code === 'PROTOCOL_SEQUENCE_TIMEOUT') {
    // Forge ends the HTTP request; the statement itself keeps running on the database.
    return forgeError(504, 'QUERY_TIMED_OUT', `The query took longer than ${timeout / SECOND} s and was timed out.`);
  }
  if (sqlMessage === undefined) return forgeError(500, 'UNKNOWN_ERROR', message);
  return forgeError(400, 'SQL_EXECUTION_ERROR', sqlMessage, {
    context: { debug: { code, errno, sqlState, sqlMessage } },
  });
}

function policyViolation(message: string, suggestion?: string): ForgeSqlResponse {
  return forgeError(400, 'SQL_POLICY_VIOLATION', message, suggestion === undefined ? {} : { suggestion });
}

/** The error body @forge/sql's checkResponseError turns into a ForgeSQLAPIError (code, message, suggestion, context). */
function forgeError(
  status: number,
  code: string,
  message: string,
  extra: { suggestion?: string; context?: Record<string, unknown> } = {},
): ForgeSqlResponse {
  return { status, body: { code, message, ...extra } };
}
