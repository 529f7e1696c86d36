/**
 * What the printed ticket says beyond the ticket itself: the language the citizen used at the kiosk (so the paper
 * is in English after the English switch), the names in that language, the estimate and the counters that serve
 * the service, as the kiosk screen shows them. The language is held in memory between taking and printing only.
 */
import { waitSentence, type TicketView } from '../contract';
import type { AppContext } from './context';

import type { TicketPrintExtras } from './ticket-print-extras';
export type { TicketPrintExtras };

/** The numbers of the counters that serve a service, in order: what the ticket and the kiosk tell the citizen. */
export function servingCounters(config: Pick<AppContext['config'], 'counters'>, serviceId: string): number[] {
  return config.counters.filter((c) => c.services.includes(serviceId)).map((c) => c.number).sort((a, b) => a - b);
}

// ticket id -> language; a ticket is printed moments after it is taken, so a few hundred entries at most.
const langs = new Map<string, 'vi' | 'en'>();

/** Remembers the language a ticket was taken in, until it is printed. */
export function rememberTicketLang(ticketId: string, lang: 'vi' | 'en' | undefined): void {
  if (!lang || lang === 'vi') return;
  langs.set(ticketId, lang);
  if (langs.size > 500) langs.delete(langs.keys().next().value!);
}

/** The extras for printing a ticket just taken (the remembered language is used once). */
export function ticketPrintExtras(ctx: AppContext, t: TicketView): TicketPrintExtras {
  const lang = langs.get(t.id) ?? 'vi';
  langs.delete(t.id);
  const { office, services, priorities } = ctx.config;
  const en = lang === 'en';
  const service = services.find((s) => s.id === t.serviceId);
  const priority = priorities.find((p) => p.id === t.priority);
  return {
    lang,
    officeName: en && office.nameEn ? office.nameEn : office.name,
    serviceName: en && service?.nameEn ? service.nameEn : t.serviceName,
    priorityName: t.priority ? (en && priority?.nameEn ? priority.nameEn : t.priorityName) : null,
    waitText: waitSentence(t, lang),
    counters: servingCounters(ctx.config, t.serviceId),
    ...(en ? { url: `${t.url}?lang=en` } : {}),
  };
}
