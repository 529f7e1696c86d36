/** The queue core's set-up, taken from the site config. */
import type { SiteConfig } from '@motcua/config';
import type { Setup } from '../core';

/** Picks the queue-relevant parts of the config. */
export function toSetup(c: SiteConfig): Setup {
  return {
    timeZone: c.timeZone,
    dayResetAt: c.queue.dayResetAt,
    endOfDay: c.queue.endOfDay,
    priorityPolicy: c.queue.priorityPolicy,
    noShowCallBackMinutes: c.queue.noShowCallBackMinutes,
    priorities: c.priorities.map((p) => ({ id: p.id, name: p.name, ...(p.nameEn ? { nameEn: p.nameEn } : {}) })),
    services: c.services.map((s) => ({ ...s })),
    counters: c.counters.map((k) => ({ ...k, services: [...k.services] })),
  };
}
