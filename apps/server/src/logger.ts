import pino, { type DestinationStream, type Logger } from 'pino';

/** Structured JSON logs; Fastify adds the request id to every line of a request. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
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
  };
  // Tests hand in a stream to read the lines; the server writes to stdout.
  return destination ? pino(options, destination) : pino(options);
}
