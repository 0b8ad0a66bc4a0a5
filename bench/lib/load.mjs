// One autocannon run that keeps every response's latency, so percentiles are exact. Shared by the
// HTTP benchmarks (forums, search).
import autocannon from 'autocannon';
import { percentile, round } from '../forums/lib.mjs';

/**
 * Runs autocannon against `url` for `seconds` with `connections`. `nextRequest()` builds each
 * request ({ method?, path, headers?, body? }); `overallRate` (requests/s across all
 * connections) fixes the offered load, otherwise it is as fast as the server answers.
 * `debugBodies` keeps the first failed responses' bodies (reading bodies costs CPU).
 */
export function loadRun({ url, connections, seconds, nextRequest, overallRate, debugBodies = false }) {
  const failures = [];
  const statuses = {};
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        ...(overallRate ? { overallRate } : {}),
        requests: [
          {
            setupRequest: (request) => {
              const built = nextRequest();
              return { ...request, method: 'GET', ...built };
            },
            ...(debugBodies
              ? {
                  onResponse: (status, body) =>
                    status >= 300 && failures.length < 5 && failures.push(`${status}: ${String(body).slice(0, 300)}`),
                }
              : {}),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          seconds: result.duration,
          responses: latencies.length,
          non2xx: result.non2xx,
          errors: result.errors,
          failures: [...Object.entries(statuses).map(([status, n]) => `${n} × ${status}`), ...failures],
          p50: round(percentile(latencies, 50)),
          p95: round(percentile(latencies, 95)),
          p99: round(percentile(latencies, 99)),
          max: round(percentile(latencies, 100)),
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status >= 300) statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/**
 * What the CPU cost allows on a quiet 2-core machine: the server is one JavaScript thread, and
 * the server, PostgreSQL and autocannon share two cores.
 */
export function ceiling({ server, postgres, loadGenerator }) {
  // null when a run had no responses (the costs are null) or measured no CPU at all.
  if (!(server > 0) || postgres === null || loadGenerator === null) return null;
  return Math.round(Math.min(1000 / server, 2000 / (server + postgres + loadGenerator)));
}
