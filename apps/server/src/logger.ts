import pino, { type Logger } from 'pino';

/** Structured JSON logs; Fastify adds the request id to every line of a request. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'yuanwu' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
      ],
      censor: '[redacted]',
    },
  });
}
