/** The whole site config, checked before anything opens: the file's schema, `devices:`, the catalog folder; every problem as `path: message`. */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ConfigError, loadSiteConfig, type SiteConfig } from '@motcua/config';
import { loadOfficeCatalog, renamedServiceProblems } from '@motcua/config/catalog';
import { parseDevicesConfig } from '@motcua/drivers/config';
import { verifyPassword } from '../app/auth';

/**
 * Loads and checks the config file; throws one ConfigError listing every problem found (the caller exits with code 2).
 * In production the demo credentials are taken out; `removedDemo` names them.
 */
export function loadOffice(configPath: string, production: boolean): { config: SiteConfig; removedDemo: string[] } {
  const config = loadSiteConfig(configPath);
  const problems: string[] = [];
  const devices = parseDevicesConfig(config.devices ?? {});
  if (!devices.ok) problems.push(...devices.errors);
  const dir = config.catalog.dir;
  if (!existsSync(dir)) problems.push(`catalog.dir: no folder ${dir} (relative paths are taken from the config file's folder)`);
  else {
    const own = config.services.map((s) => s.id);
    problems.push(...renamedServiceProblems(own, config.catalog.services));
    try { loadOfficeCatalog(dir, own, config.catalog.services); } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(...e.problems.map((p) => `catalog.dir (${e.file}): ${p}`));
    }
  }
  if (problems.length) throw new ConfigError(configPath, problems);
  return production ? withoutDemoCredentials(config) : { config, removedDemo: [] };
}

/** The demo office's tokens and password (config/demo.yaml): they must not exist in a real office. */
const DEMO_TOKENS = ['demo-kiosk', 'demo-display', 'demo-counter', 'demo-integration'].map((t) => createHash('sha256').update(t).digest('hex'));
const DEMO_PASSWORD = 'demo';

/** The config without the demo accounts and tokens, so in production they never exist at all (not merely refused). */
function withoutDemoCredentials(config: SiteConfig): { config: SiteConfig; removedDemo: string[] } {
  const removed: string[] = [];
  const deviceTokens = config.deviceTokens.filter((d) => !DEMO_TOKENS.includes(d.tokenSha256) || !removed.push(`token ${d.id}`));
  const staff = config.staff.filter((s) => !verifyPassword(DEMO_PASSWORD, s.passwordHash) || !removed.push(`account ${s.username}`));
  return { config: { ...config, deviceTokens, staff }, removedDemo: removed };
}
