import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadyDossierView } from '@motcua/server/contract';
import { counter, fakeDisplay, hoursOf, PLAY_MS, snapshotOf } from './fake-display';

beforeEach(() => { vi.useFakeTimers(); vi.setSystemTime(new Date('2026-12-02T01:00:00Z')); });
afterEach(() => { vi.useRealTimers(); });

const numbers = (list: ReadonlyArray<{ number: string }>) => list.map((c) => c.number);

describe('"Vừa gọi", under the big number', () => {
  it('lists the other counters\' latest calls, newest first, and drops a ticket once finished or a no-show', () => {
    const d = fakeDisplay();
    d.push.snapshot(snapshotOf());
    d.callAt(2, 'A001', 1);
    d.callAt(3, 'A002', 2);
    d.callAt(4, 'A003', 3);
    expect(d.model.wall.nowCalling.value?.number).toBe('A003');
    expect(numbers(d.model.wall.recentCalls.value)).toEqual(['A002', 'A001']);
    d.push.counter(counter(1)); // A001 finished
    expect(numbers(d.model.wall.recentCalls.value)).toEqual(['A002']);
    d.push.counter(counter(2)); // A002 a no-show: the counter let it go
    expect(numbers(d.model.wall.recentCalls.value)).toEqual([]);
  });

  it('keeps a ticket being served (the counter still holds it)', () => {
    const d = fakeDisplay();
    d.push.snapshot(snapshotOf());
    d.callAt(2, 'A001', 1);
    d.callAt(3, 'A002', 2);
    d.push.counter(counter(1, 'A001', 'serving'));
    expect(numbers(d.model.wall.recentCalls.value)).toEqual(['A001']);
  });
});

describe('the ready board', () => {
  const ready = (code: string, resolvedDate: string): ReadyDossierView => ({ code, applicant: 'Nguyễn V. A.', procedureName: 'Khai sinh', resolvedDate });

  it('shows what the server\'s \'ready\' push lists, and loses a result the server has aged out', () => {
    const d = fakeDisplay();
    d.push.snapshot(snapshotOf());
    expect(d.model.wall.readyDossiers.value).toEqual([]);
    d.push.ready([ready('H23-0001', '2026-11-20'), ready('H23-0002', '2026-12-01')]);
    expect(d.model.wall.readyDossiers.value.map((r) => r.code)).toEqual(['H23-0001', 'H23-0002']);
    // Past readyMaxAgeDays the server pushes the list without the old result (server/src/features/dossiers/ready-board.ts).
    d.push.ready([ready('H23-0002', '2026-12-01')]);
    expect(d.model.wall.readyDossiers.value.map((r) => r.code)).toEqual(['H23-0002']);
  });

  it('keeps the board as it was on a malformed push', () => {
    const d = fakeDisplay();
    d.push.ready([ready('H23-0002', '2026-12-01')]);
    d.push.ready({ oops: true } as never);
    expect(d.model.wall.readyDossiers.value.map((r) => r.code)).toEqual(['H23-0002']);
  });
});

describe('the wall clock', () => {
  it('shows the server\'s time in the office\'s zone, not the PC\'s, and ticks every second', async () => {
    const d = fakeDisplay();
    d.model.clock.start();
    // The PC says 01:00 UTC (08:00 in Hà Nội); the server is 3 h 15 min ahead of it.
    d.push.snapshot(snapshotOf({ serverTime: Date.now() + (3 * 60 + 15) * 60_000 }));
    expect(d.model.clock.clockText.value).toBe('Thứ Tư, 02/12/2026 11:15');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(d.model.clock.clockText.value).toBe('Thứ Tư, 02/12/2026 11:16');
  });

  it('follows the office\'s time zone from the snapshot', () => {
    const d = fakeDisplay();
    d.push.snapshot(snapshotOf({ office: { name: 'x', timeZone: 'UTC' } as never }));
    expect(d.model.clock.clockText.value).toBe('Thứ Tư, 02/12/2026 01:00');
  });
});

describe('the office closed', () => {
  it('puts the closed notice in place of the big number, unless a call is still being said', async () => {
    const d = fakeDisplay();
    d.push.snapshot(snapshotOf());
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(0);
    d.push.hours(hoursOf({ open: false, closedReason: 'afterHours' }));
    expect(d.model.hours.closedNotice.value).not.toBeNull();
    expect(d.model.wall.showsNowCalling.value).toBe(true);
    await vi.advanceTimersByTimeAsync(PLAY_MS);
    expect(d.model.wall.showsNowCalling.value).toBe(false);
  });
});
