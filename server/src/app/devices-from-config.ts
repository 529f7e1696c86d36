/** Builds the Devices the config names (drivers are wired in by the devices work; none until then). */
import type { SiteConfig } from '@motcua/config';
import type { Logger } from '../log';
import { noDevices, type Devices } from './devices';

/** The hardware for this office. */
export async function createDevicesFromConfig(_config: SiteConfig, _dataDir: string, log: Logger): Promise<Devices> {
  return noDevices(log);
}
