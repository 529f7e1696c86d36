/** A small logger: one line per message, level and time; quiet in tests unless MOTCUA_LOG is set. */
export interface Logger {
  info(msg: string, ...rest: unknown[]): void;
  warn(msg: string, ...rest: unknown[]): void;
  error(msg: string, ...rest: unknown[]): void;
}

/** The console logger the server uses. */
export function createLogger(level: 'info' | 'warn' | 'silent' = 'info'): Logger {
  const out = (lvl: string) => (msg: string, ...rest: unknown[]) => console.error(`${new Date().toISOString()} ${lvl} ${msg}`, ...rest);
  const noop = () => {};
  return {
    info: level === 'info' ? out('info') : noop,
    warn: level === 'silent' ? noop : out('warn'),
    error: level === 'silent' ? noop : out('error'),
  };
}
