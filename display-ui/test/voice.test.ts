import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counter, fakeDisplay, PLAY_MS, snapshotOf } from './fake-display';
import { SILENT_MS } from '../src/model/player';
import { unlockOnAnyGesture } from '../src/model/sound';

beforeEach(() => { vi.useFakeTimers(); vi.setSystemTime(new Date('2026-12-02T01:00:00Z')); });
afterEach(() => { vi.useRealTimers(); });

const five = () => [1, 2, 3, 4, 5].map((n) => counter(n));
/** The wall switched on, then a snapshot: from here on every new call is announced. */
function startedWall(opts: Parameters<typeof fakeDisplay>[0] = {}, maxBacklog = 4) {
  const d = fakeDisplay(opts);
  d.push.snapshot(snapshotOf({ counters: five(), voice: { enabled: true, repeat: 1, volume: 1, maxBacklog } }));
  return d;
}

describe('the wall\'s big number and its voice', () => {
  it('shows the latest call at once while the voice is still saying the one before', async () => {
    const d = startedWall();
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(d.model.voice.announcing.value?.number).toBe('A001');
    d.callAt(3, 'A002', 2);
    // The screen does not wait for the voice: A002 is up while A001 is still being said.
    expect(d.model.wall.nowCalling.value?.number).toBe('A002');
    expect(d.model.voice.announcing.value?.number).toBe('A001');
    await vi.advanceTimersByTimeAsync(PLAY_MS);
    expect(d.model.voice.announcing.value?.number).toBe('A002');
    await vi.advanceTimersByTimeAsync(PLAY_MS);
    expect(d.announced()).toEqual(['A001', 'A002']);
    expect(d.played).toEqual(['/api/voice/calls/2.wav?repeat=1', '/api/voice/calls/3.wav?repeat=1']);
    expect(d.model.voice.pending()).toBe(0);
  });
});

describe('the voice queue', () => {
  it('keeps only the newest maxBacklog calls of a burst: the older ones are shown, not said', async () => {
    const d = startedWall({}, 2);
    for (let n = 1; n <= 5; n++) d.callAt(n + 1, `A00${n}`, n);
    await vi.advanceTimersByTimeAsync(3 * PLAY_MS);
    expect(d.announced()).toEqual(['A004', 'A005']);
    expect(d.probe.__voiceDropped?.filter((x) => x.reason === 'backlog').map((x) => x.number)).toEqual(['A001', 'A002', 'A003']);
    expect(d.probe.__voiceBacklogMax).toBe(2);
    expect(d.model.wall.nowCalling.value?.number).toBe('A005');
  });

  it('merges a recall with its queued call: the ticket is said once', async () => {
    const d = startedWall();
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(0);
    d.callAt(3, 'B001', 2);
    d.callAt(4, 'B001', 2); // recalled while A001 is still being said
    await vi.advanceTimersByTimeAsync(3 * PLAY_MS);
    expect(d.announced()).toEqual(['A001', 'B001']);
    expect(d.probe.__announced?.map((a) => a.seq)).toEqual([2, 4]);
    expect(d.probe.__voiceDropped).toEqual([{ seq: 3, number: 'B001', reason: 'replaced' }]);
  });

  it('does not say a ticket that was finished (or a no-show) before its turn came', async () => {
    const d = startedWall();
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(0);
    d.callAt(3, 'B001', 2);
    expect(d.model.voice.pending()).toBe(2);
    d.push.counter(counter(2)); // counter 2 finished B001 while A001 was being said
    // Forgotten at once, not at its turn: only A001 (being said) is left.
    expect(d.model.voice.pending()).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * PLAY_MS);
    expect(d.announced()).toEqual(['A001']);
    expect(d.probe.__voiceDropped).toEqual([{ seq: 3, number: 'B001', reason: 'notCalled' }]);
  });

  it('does not repeat a call after a reconnect or a reload, and says the one missed during the cut', async () => {
    const d = startedWall();
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(PLAY_MS);
    expect(d.announced()).toEqual(['A001']);
    const calls = d.snapshot.value!.calls;
    // Reconnect: the snapshot still lists A001, and B001 called while the screen was away.
    d.push.snapshot(snapshotOf({ seq: 3, counters: [counter(1, 'A001'), counter(2, 'B001'), ...five().slice(2)], calls: [{ ...calls[0]!, seq: 3, number: 'B001', counterId: 'q2', counterNumber: 2 }, ...calls] }));
    await vi.advanceTimersByTimeAsync(2 * PLAY_MS);
    expect(d.announced()).toEqual(['A001', 'B001']);
    // A reload (a new page on the same storage) and its first snapshot say nothing again.
    const reloaded = fakeDisplay({ storage: d.store });
    reloaded.push.snapshot(d.snapshot.value!);
    await vi.advanceTimersByTimeAsync(2 * PLAY_MS);
    expect(reloaded.probe.__voiceSnapshots).toBe(1);
    expect(reloaded.announced()).toEqual([]);
    expect(reloaded.model.voice.pending()).toBe(0);
  });

  it('is silent on a counter screen (the wall speaks for the room)', async () => {
    const d = fakeDisplay({ path: '/display/counter/q1' });
    d.push.snapshot(snapshotOf());
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(2 * PLAY_MS);
    expect(d.model.counterId).toBe('q1');
    expect(d.played).toEqual([]);
    expect(d.model.wall.counterById('q1').value?.current?.number).toBe('A001');
  });
});

describe('the "no sound" notice', () => {
  it('shows when the browser refuses autoplay and hides once a call is heard', async () => {
    const d = startedWall({ audio: 'blocked' });
    expect(d.model.voice.needsGesture.value).toBe(false);
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(d.model.voice.needsGesture.value).toBe(true);
    await vi.advanceTimersByTimeAsync(SILENT_MS);
    expect(d.probe.__announced?.map((a) => a.audio)).toEqual(['blocked']);
    d.audioMode.value = 'play';
    d.callAt(3, 'B001', 2);
    await vi.advanceTimersByTimeAsync(0);
    expect(d.model.voice.needsGesture.value).toBe(true); // still playing: not heard in full yet
    await vi.advanceTimersByTimeAsync(PLAY_MS);
    expect(d.probe.__announced?.map((a) => a.audio)).toEqual(['blocked', 'played']);
    expect(d.model.voice.needsGesture.value).toBe(false);
  });

  it('hides at any key press, which also unlocks the sound', async () => {
    const d = startedWall({ audio: 'blocked' });
    const page = new EventTarget();
    unlockOnAnyGesture(d.model, page);
    d.callAt(2, 'A001', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(d.model.voice.needsGesture.value).toBe(true);
    d.audioMode.value = 'play';
    page.dispatchEvent(new Event('keydown'));
    expect(d.model.voice.needsGesture.value).toBe(false);
    expect(d.played).toEqual([expect.stringMatching(/^data:audio\/wav/)]);
  });
});
