// What the notification benchmarks share: a fresh database, the machine's load, a server memory
// series sampled every second, and counting the rows the notification pipeline leaves behind
// (in-app notices, queued jobs) while tolerating a build that does not have those tables yet.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { percentile, round } from '../forums/lib.mjs';

/** One key for the server and the CLI: mail queued by one is sealed with it and opened by the other. */
export const SECRET_KEY = randomBytes(32).toString('base64');

/** Drops and recreates the database that `url` names (in its cluster). */
export async function recreateDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** The 1-, 5- and 15-minute load averages, to two decimals. */
export function loadAverage() {
  const [one, five, fifteen] = loadavg();
  return { one: round(one, 2), five: round(five, 2), fifteen: round(fifteen, 2) };
}

/** Samples a process's resident memory (VmRSS) every `everyMs`; stop() gives the peak, median and the series. */
export function rssSeries(pid, everyMs = 1_000) {
  const samples = [];
  const started = Date.now();
  const read = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      samples.push({ second: Math.round((Date.now() - started) / 1000), mb: Math.round(kb / 1024) });
    } catch {
      // The process has ended.
    }
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      const mb = samples.map((s) => s.mb);
      return { peakMb: Math.max(...mb), medianMb: percentile(mb, 50), samples: samples.length, series: samples };
    },
  };
}

/**
 * The server's V8 heap (used and total, MB) from its Prometheus metrics every `everyMs`: tells live
 * objects from heap V8 keeps for later (RSS alone cannot).
 */
export function heapSeries(metricsUrl, everyMs = 5_000) {
  const samples = [];
  const started = Date.now();
  const read = async () => {
    try {
      const text = await (await fetch(metricsUrl)).text();
      const mb = (name) => Math.round(Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? 0) / 2 ** 20);
      samples.push({
        second: Math.round((Date.now() - started) / 1000),
        usedMb: mb('nodejs_heap_size_used_bytes'),
        totalMb: mb('nodejs_heap_size_total_bytes'),
      });
    } catch {
      // The server has stopped or does not answer metrics here.
    }
  };
  void read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const used = samples.map((s) => s.usedMb);
      return { peakUsedMb: used.length ? Math.max(...used) : null, series: samples };
    },
  };
}

/** Whether a table (schema-qualified or not) exists. */
export async function tableExists(client, name) {
  const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [name]);
  return rows[0].present;
}

/** Jobs of a pg-boss queue created since `since` (any state), or null without pg-boss. */
export async function queuedSince(client, queue, since) {
  if (!(await tableExists(client, 'pgboss.job'))) return null;
  const { rows } = await client.query(
    'SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND created_on >= $2',
    [queue, since],
  );
  return rows[0].n;
}

/** The database's clock, so "since" comparisons do not depend on two clocks agreeing. */
export async function databaseNow(client) {
  return (await client.query('SELECT clock_timestamp() AS now')).rows[0].now;
}

export const seconds = (ms) => (ms === null ? null : round(ms / 1000, 3));

/** The hour of the day (0-23) in England at `date`: digests go out at the person's hour, Europe/London. */
export function londonHour(date) {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', hourCycle: 'h23' }).format(date),
  );
}

/** CPU time (user + system, ms) a process has used, from /proc/<pid>/stat (USER_HZ 100). */
export function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * Waits until a process goes quiet (under `quietMs` of CPU in a second) and answers how long that
 * took: the work it still does after what was measured (delivering events after a commit, say).
 */
export async function untilQuiet(pid, { quietMs = 100, timeoutMs = 120_000 } = {}) {
  const started = performance.now();
  let before = processCpuMs(pid);
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = processCpuMs(pid);
    if (now - before < quietMs) return performance.now() - started - 1_000;
    before = now;
  }
  return null;
}

/** The statements that took the most PostgreSQL time since pg_stat_statements was last reset. */
export async function costliestStatements(client, limit = 6) {
  const { rows } = await client.query(
    `SELECT calls::int, round(total_exec_time)::int AS "totalMs", round(mean_exec_time::numeric, 1)::float AS "meanMs",
            left(regexp_replace(query, '\\s+', ' ', 'g'), 200) AS query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY total_exec_time DESC LIMIT $1`,
    [limit],
  );
  return rows;
}
