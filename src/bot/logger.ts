import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The bot's structured logger (JSON lines on stdout). Anything that looks like a credential is
 * redacted even if a caller logs a whole object carrying one: the bot token and interaction
 * tokens never reach the log.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'newsdesk' },
    redact: { paths: ['token', '*.token', 'discordToken', '*.discordToken', 'authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
