/** The server's logger: structured JSON lines (pino) on stderr, which journald or the service wrapper keeps; quiet in tests. */
import { pino, stdTimeFunctions, type Level } from 'pino';

export interface Logger {
  info(msg: string, ...rest: unknown[]): void;
  warn(msg: string, ...rest: unknown[]): void;
  error(msg: string, ...rest: unknown[]): void;
}

const LEVELS = new Set(['debug', 'info', 'warn', 'error', 'silent']);

/** The logger the server uses: `level` is debug, info, warn, error or silent (MOTCUA_LOG_LEVEL). */
export function createLogger(level: string = 'info'): Logger {
  if (level === 'silent') { const quiet = () => {}; return { info: quiet, warn: quiet, error: quiet }; }
  const p = pino({
    level: LEVELS.has(level) ? level : 'info',
    base: { pid: process.pid },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }, pino.destination({ fd: 2, sync: true }));
  // An Error goes under `err` (pino prints its stack); a plain object's fields join the line; anything else under `detail`.
  const at = (lvl: Level) => (msg: string, ...rest: unknown[]) => {
    if (!p.isLevelEnabled(lvl)) return;
    const [first] = rest;
    if (rest.length === 0) p[lvl](msg);
    else if (first instanceof Error) p[lvl]({ err: first }, msg);
    else if (rest.length === 1 && first && typeof first === 'object' && !Array.isArray(first)) p[lvl](first as object, msg);
    else p[lvl]({ detail: rest.map((r) => (r instanceof Error ? r.message : r)) }, msg);
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
