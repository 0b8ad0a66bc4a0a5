import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * One pino logger for the process. Request logs carry the request id; secrets, cookies and
 * query strings (which can hold tokens or search words) are never written.
 */
export function createLogger(config: Pick<AppConfig, 'logging' | 'env'>): Logger {
  return pino({
    level: config.logging.level,
    base: { service: 'commonroom' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
    },
    ...(config.logging.pretty
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' } } }
      : {}),
  });
}
