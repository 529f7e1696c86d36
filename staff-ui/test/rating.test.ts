/** The rating tablet on fake timers, socket and fetch: ask -> (reasons) -> thanks -> back to waiting, refusals, time-outs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DevicePrincipal, RatingAsk } from '@motcua/server/contract';
import { fakeStaff, json, sentBody, staffSnapshot } from './fake-staff';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

// GET /api/auth/me with the counter's device token, as the server answers it.
const me: DevicePrincipal = { kind: 'device', id: 'counter-q1', role: 'counter', counterId: 'q1' };
const ask: RatingAsk = { ticketId: 't7', number: 'A007', serviceId: 'hotich', serviceName: 'Hộ tịch', counterId: 'q1', at: 0 };

/** A tablet at /rating/q1 paired with q1; POST /api/ratings answers with `rate`. */
async function tablet(rate: () => Response = () => json(201, {}), snapshot = staffSnapshot()) {
  const k = fakeStaff({
    path: '/rating/q1', session: false, snapshot,
    fetch: (path) => (path === '/api/auth/me' ? json(200, me) : rate()),
  });
  await k.model.rating.start('q1');
  return { ...k, r: k.model.rating, posts: () => k.fetch.mock.calls.filter((c) => c[0] === '/api/ratings') };
}

describe('the rating tablet', () => {
  it('pairs with its device token and says which counter it is paired to', async () => {
    const { r, fetch, openSocket } = await tablet();
    expect(r.pairedTo.value).toBe('q1');
    expect((fetch.mock.calls[0]![1]!.headers as Record<string, string>).authorization).toBe('Bearer dev-q1');
    expect(openSocket).toHaveBeenCalledWith('dev-q1');
    const unpaired = fakeStaff({ path: '/rating/q1', session: false, deviceToken: null });
    await unpaired.model.rating.start('q1');
    expect(unpaired.model.rating.pairedTo.value).toBeNull();
  });

  it('asks only for a ticket finished at its own counter', async () => {
    const { r, sock } = await tablet();
    sock.fire('rating:ask', { ...ask, counterId: 'q2' });
    expect(r.step.value).toBe('idle');
    sock.fire('rating:ask', ask);
    expect(r.step.value).toBe('ask');
    expect(r.asking.value?.number).toBe('A007');
  });

  it('a good rating is sent at once, thanks, and goes back to waiting after 5 s', async () => {
    const { r, sock, posts } = await tablet();
    sock.fire('rating:ask', ask);
    r.choose('rat_hai_long');
    await vi.waitFor(() => expect(r.step.value).toBe('thanks'));
    expect(sentBody(posts()[0]!)).toEqual({ ticketId: 't7', level: 'rat_hai_long', reasons: [] });
    expect((posts()[0]![1]!.headers as Record<string, string>).authorization).toBe('Bearer dev-q1');
    vi.advanceTimersByTime(4_000);
    expect(r.step.value).toBe('thanks');
    vi.advanceTimersByTime(1_000);
    expect(r.step.value).toBe('idle');
    expect(r.asking.value).toBeNull();
  });

  it('a low rating asks for reasons, sends those picked', async () => {
    const { r, sock, posts } = await tablet();
    sock.fire('rating:ask', ask);
    r.choose('chua_hai_long');
    expect(r.step.value).toBe('reasons');
    r.toggleReason('Chờ lâu');
    r.toggleReason('Thái độ');
    r.toggleReason('Thái độ');
    r.submitReasons();
    await vi.waitFor(() => expect(r.step.value).toBe('thanks'));
    expect(sentBody(posts()[0]!)).toEqual({ ticketId: 't7', level: 'chua_hai_long', reasons: ['Chờ lâu'] });
  });

  it('the reasons screen sends by itself when the time is up', async () => {
    const { r, sock, posts } = await tablet();
    sock.fire('rating:ask', ask);
    r.choose('chua_hai_long');
    r.toggleReason('Thái độ');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(posts()).toHaveLength(1);
    expect(sentBody(posts()[0]!).reasons).toEqual(['Thái độ']);
    expect(r.step.value).toBe('thanks');
  });

  it('nobody rating closes the question after the timeout without sending anything', async () => {
    const { r, sock, posts } = await tablet();
    sock.fire('rating:ask', ask);
    vi.advanceTimersByTime(29_000);
    expect(r.secondsLeft.value).toBe(1);
    expect(r.step.value).toBe('ask');
    vi.advanceTimersByTime(1_000);
    expect(r.step.value).toBe('idle');
    expect(posts()).toEqual([]);
  });

  it('a refused rating says why, goes back to waiting and clears the words after 5 s; already rated is thanked', async () => {
    const refused = await tablet(() => json(409, { error: { code: 'RATING_WINDOW_CLOSED', message: 'late' } }));
    refused.sock.fire('rating:ask', ask);
    refused.r.choose('hai_long');
    await vi.waitFor(() => expect(refused.r.error.value).toBe('Đã hết thời gian đánh giá'));
    expect(refused.r.step.value).toBe('idle');
    vi.advanceTimersByTime(5_000);
    expect(refused.r.error.value).toBeNull();
    const again = await tablet(() => json(409, { error: { code: 'ALREADY_RATED', message: 'dup' } }));
    again.sock.fire('rating:ask', ask);
    again.r.choose('hai_long');
    await vi.waitFor(() => expect(again.r.step.value).toBe('thanks'));
  });

  it('the five-star scale offers 5..1 stars and asks reasons for 1 and 2', async () => {
    const snap = staffSnapshot();
    snap.rating = { scale: 'five', timeoutSeconds: 30, lowReasons: ['Chờ lâu'] };
    const { r, sock } = await tablet(undefined, snap);
    expect(r.levels.value.map((l) => [l.key, l.low])).toEqual([['5', false], ['4', false], ['3', false], ['2', true], ['1', true]]);
    sock.fire('rating:ask', ask);
    r.choose('2');
    expect(r.step.value).toBe('reasons');
  });
});
