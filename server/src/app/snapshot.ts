/** The full picture a screen gets when it connects: public for displays, kiosks and phones; more for staff. */
import type { Snapshot } from '../contract';
import type { AppContext } from './context';
import type { RecentCalls } from './calls';
import { counterViews, serviceViews, waitingViews } from './views';
import { hoursView, viewClock } from './hours';
import { staffQueuesView } from './queues-view';
import { isLocalOnly } from './public-url';
import { publicCall, publicCounter } from './public-views';

/** Builds a snapshot; `staff` adds the waiting list, staff names and device health. */
export function buildSnapshot(ctx: AppContext, calls: RecentCalls, staff: boolean): Snapshot {
  const s = ctx.queue.state;
  const { office, voice, rating } = ctx.config;
  const snap: Snapshot = {
    office: { name: office.name, nameEn: office.nameEn, address: office.address, publicUrl: office.publicUrl ?? '', timeZone: ctx.config.timeZone },
    serverTime: ctx.now(),
    day: s.day,
    seq: ctx.queue.journal.lastSeq(),
    services: serviceViews(s, viewClock(ctx)),
    counters: staff ? counterViews(s, (u) => ctx.auth.staffName(u)) : counterViews(s).map(publicCounter),
    calls: staff ? calls.list() : calls.list().map(publicCall),
    priorities: ctx.config.priorities,
    notices: ctx.config.notices,
    hours: hoursView(ctx.config, ctx.now()),
    voice: { enabled: voice.enabled, repeat: voice.repeat, volume: voice.volume, maxBacklog: voice.maxBacklog },
    kiosk: { voiceVolume: ctx.config.kiosk.voiceVolume },
    rating: { scale: rating.scale, timeoutSeconds: rating.timeoutSeconds, lowReasons: rating.lowReasons },
  };
  if (staff) {
    // The admin board warns: a ticket QR on localhost opens on no phone.
    if (!office.publicUrl || isLocalOnly(office.publicUrl)) snap.office.publicUrlLocal = true;
    snap.waiting = waitingViews(s);
    snap.queues = staffQueuesView(s);
    snap.devices = ctx.devices.list();
  }
  return snap;
}
