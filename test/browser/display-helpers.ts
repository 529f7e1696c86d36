/** Shared steps for the display and phone browser tests: a queue with open counters, calls through the REST API. */
import type { Browser, Page } from 'playwright-core';
import { client, login } from '../../server/test/integration/helpers';

export interface Office { url: string; staff: Record<string, string> }

/** Signs staff in and opens the counters given (counterId -> username). */
export async function openCounters(url: string, who: Record<string, string> = { q1: 'canbo1', q2: 'canbo3' }): Promise<Office> {
  const staff: Record<string, string> = {};
  for (const [counterId, username] of Object.entries(who)) {
    staff[counterId] = await login(url, username);
    const r = await client(url)('POST', `/api/counters/${counterId}/open`, { token: staff[counterId] });
    if (r.status !== 200) throw new Error(`open ${counterId}: ${JSON.stringify(r.body)}`);
  }
  return { url, staff };
}

/** Takes a ticket at the kiosk; returns its id and number. */
export async function takeTicket(url: string, serviceId = 'hotich'): Promise<{ id: string; number: string }> {
  const r = await client(url)('POST', '/api/tickets', { token: 'demo-kiosk', body: { serviceId } });
  if (r.status !== 201 && r.status !== 200) throw new Error(`take: ${JSON.stringify(r.body)}`);
  return { id: r.body.id, number: r.body.number };
}

/** Calls the next number at a counter through the REST API; returns the called number. */
export async function callNext(o: Office, counterId: string): Promise<string> {
  const r = await client(o.url)('POST', `/api/counters/${counterId}/call-next`, { token: o.staff[counterId] });
  if (r.status !== 200) throw new Error(`call-next ${counterId}: ${JSON.stringify(r.body)}`);
  return r.body.ticket.number as string;
}

/** A page in its own context (its own localStorage), at a viewport size. */
export async function freshPage(browser: Browser, width: number, height: number): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height } });
  return ctx.newPage();
}

export interface Announced { seq: number; number: string; start: number; end: number; audio: string }

/** What the display's voice queue has announced so far. */
export const announced = (page: Page) => page.evaluate(() => ((window as unknown as { __announced?: Announced[] }).__announced ?? []).slice());
