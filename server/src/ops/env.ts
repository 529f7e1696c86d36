/** The settings that come from the environment (the service unit sets them): where the config and the data are. */
import { resolve } from 'node:path';

export interface Env {
  /** The site config file (MOTCUA_CONFIG); in production without it, config/site.yaml, written by /setup on first run. */
  configPath: string;
  /** The data folder (MOTCUA_DATA): motcua.db, backups/, voice cache. */
  dataDir: string;
  port: number;
  production: boolean;
  /** MOTCUA_LOG_LEVEL: debug, info (default), warn, error or silent. */
  logLevel: string;
  /** MOTCUA_LOG_REQUESTS=1: one log line per HTTP request, at info. */
  logRequests: boolean;
}

/** Reads the environment; relative paths are taken from the current folder. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const production = env.NODE_ENV === 'production';
  return {
    configPath: resolve(env.MOTCUA_CONFIG ?? (production ? 'config/site.yaml' : 'config/demo.yaml')),
    dataDir: resolve(env.MOTCUA_DATA ?? './data'),
    port: Number(env.PORT ?? 8080),
    production,
    logLevel: env.MOTCUA_LOG_LEVEL ?? 'info',
    logRequests: env.MOTCUA_LOG_REQUESTS === '1',
  };
}
