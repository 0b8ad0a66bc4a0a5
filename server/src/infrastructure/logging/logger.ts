import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { loggablePath } from './loggable-path';

/**
 * One pino logger for the process. Request logs carry the request id; secrets, cookies, query
 * strings (which can hold tokens or search words) and link tokens in paths are never written.
 */
export function createLogger(config: Pick<AppConfig, 'logging' | 'env'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logging.level,
    base: { service: 'commonroom' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        // A failed query carries its parameters (a post's text, an incident) and PostgreSQL's
        // detail line quotes the offending values: neither may reach the logs.
        'err.parameters',
        'err.detail',
        'err.driverError.parameters',
        'err.driverError.detail',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        path: loggablePath(req),
        id: req.id,
      }),
    },
    ...(config.logging.pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' },
          },
        }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
