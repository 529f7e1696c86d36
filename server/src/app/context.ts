/** Everything a route or socket handler needs, built once at start-up. */
import type { SiteConfig } from '@motcua/config';
import type { Logger } from '../log';
import type { Auth } from './auth';
import type { EventBus } from './event-bus';
import type { QueueService } from './queue-service';
import type { Devices } from './devices';
import type { ScreenPresence } from './screen-presence';
import type { ScanAlerts } from './scan-alerts';

export interface AppContext {
  config: SiteConfig;
  dataDir: string;
  /** NODE_ENV=production: demo credentials are refused. */
  production: boolean;
  queue: QueueService;
  bus: EventBus;
  auth: Auth;
  devices: Devices;
  /** Which paired displays and kiosks are connected (their alerts are in devices.list()). */
  presence?: ScreenPresence;
  /** Scans dropped or unreadable, shown to staff as device alerts (their alerts are in devices.list()). */
  scanAlerts?: ScanAlerts;
  log: Logger;
  /** The clock: commands carry its time. Tests may set it. */
  now(): number;
  /** Unguessable ticket ids. */
  newTicketId(): string;
}
