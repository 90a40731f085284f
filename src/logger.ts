import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Strings that must never reach a log line (the bot token); replaced wherever they appear. */
  secrets?: readonly string[];
  /** Where lines go; stdout when omitted. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

/**
 * Structured JSON logs. The token is scrubbed from the final line rather than from known fields, because
 * it can hide inside error messages and URLs that libraries build.
 */
export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  const hidden = secrets.filter((secret) => secret.length >= 8);
  return pino(
    {
      level,
      base: { service: "jobsafe" },
      hooks: {
        streamWrite: (line) => hidden.reduce((out, secret) => out.split(secret).join("[redacted]"), line),
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
}
