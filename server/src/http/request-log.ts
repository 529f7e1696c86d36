/** One log line per HTTP request at info (MOTCUA_LOG_REQUESTS=1): method, path without its query (tokens ride there), status, time. */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../log';

/** Express middleware that logs each request when it finishes. */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // originalUrl: routers mounted at /api rewrite req.url while they handle it.
    const path = req.originalUrl.split('?')[0]!;
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(`${req.method} ${path} ${res.statusCode}`, { req: { method: req.method, path }, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
    });
    next();
  };
}
