/** The counter screen's model on a fake socket: each action sends its typed event, says what happened, and handles refusals. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterActions, shortcuts } from '../src/components/counter/actions';
import { counterView, fakeStaff, staffSnapshot, waiting } from './fake-staff';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

const served = (number: string) => ({ ok: true, data: { ticket: { id: number.toLowerCase(), number }, counter: counterView() } });

describe('counter actions', () => {
  it('call next, recall, no-show and complete send counter:<action> for this counter and say the number', async () => {
    const { model, sock } = fakeStaff({ counter: 'q1' });
    sock.state.answer = () => served('A007');
    const words: string[] = [];
    for (const a of ['callNext', 'recall', 'noShow', 'complete'] as const) {
      expect(await model.counter.act(a)).toBe(true);
      words.push(model.counter.result.value!.text);
    }
    expect(sock.emitted).toEqual([
      ['counter:callNext', { counterId: 'q1' }], ['counter:recall', { counterId: 'q1' }],
      ['counter:noShow', { counterId: 'q1' }], ['counter:complete', { counterId: 'q1' }],
    ]);
    expect(words).toEqual(['Đã gọi số A007', 'Đã gọi lại số A007', 'Số A007 vắng mặt', 'Đã hoàn thành số A007']);
  });

  it('a transfer sends its destination and closes the dialog', async () => {
    const { model, sock } = fakeStaff({ counter: 'q1' });
    sock.state.answer = () => served('A003');
    model.counter.dialog.value = 'transfer';
    await model.counter.act('transfer', { toCounterId: 'q2' });
    expect(sock.emitted).toEqual([['counter:transfer', { counterId: 'q1', toCounterId: 'q2' }]]);
    expect(model.counter.result.value).toEqual({ ok: true, text: 'Đã chuyển số A003' });
    expect(model.counter.dialog.value).toBeNull();
  });

  it('a refusal shows its Vietnamese words and keeps the dialog open', async () => {
    const { model, sock } = fakeStaff({ counter: 'q1' });
    sock.state.answer = () => ({ ok: false, error: { code: 'SAME_DESTINATION', message: 'same' } });
    model.counter.dialog.value = 'transfer';
    expect(await model.counter.act('transfer', { serviceId: 'hotich' })).toBe(false);
    expect(model.counter.result.value).toEqual({ ok: false, text: 'Nơi chuyển đến không hợp lệ' });
    expect(model.counter.dialog.value).toBe('transfer');
    sock.state.answer = () => ({ ok: false, error: { code: 'QUEUE_EMPTY', message: 'empty' } });
    await model.counter.act('callNext');
    expect(model.counter.result.value).toEqual({ ok: false, text: 'Không còn ai đang chờ' });
  });

  it('a server that does not answer in time is said plainly, and the counter is usable again', async () => {
    const { model, sock } = fakeStaff({ counter: 'q1' });
    sock.state.answer = null;
    expect(await model.counter.act('callNext')).toBe(false);
    expect(model.counter.result.value).toEqual({ ok: false, text: 'Máy chủ không trả lời' });
    expect(model.counter.busy.value).toBe(false);
  });

  it('one action at a time, and none without a counter', async () => {
    const none = fakeStaff();
    expect(await none.model.counter.act('callNext')).toBe(false);
    expect(none.sock.emitted).toEqual([]);
    const { model, sock } = fakeStaff({ counter: 'q1' });
    const first = model.counter.act('callNext');
    expect(await model.counter.act('callNext')).toBe(false);
    await first;
    expect(sock.emitted).toHaveLength(1);
  });

  it('choosing a closed counter keeps it in the address and opens it once', async () => {
    const snap = staffSnapshot();
    snap.counters[1] = counterView({ id: 'q2', number: 2, services: ['chungthuc'], status: 'closed', staff: null });
    const { model, sock, replaceUrl } = fakeStaff({ snapshot: snap });
    await model.counter.chooseCounter('q2');
    expect(replaceUrl).toHaveBeenCalledWith('http://office/counter?x=1&counter=q2');
    await model.counter.openIfClosed();
    expect(sock.emitted).toEqual([['counter:open', { counterId: 'q2' }]]);
    expect(model.counter.result.value?.text).toBe('Đã mở quầy');
  });
});

describe('what the counter shows', () => {
  it('the waiting list is in the server\'s call order, grouped per service served, and "mine" is the signed-in holder', () => {
    const snap = staffSnapshot({
      waiting: [waiting('a1'), waiting('a2', 'hotich', 'elderly'), waiting('c1', 'chungthuc')],
      queues: { callOrders: { q1: ['a2', 'a1'], q2: ['c1'] }, noShows: [] },
    });
    const { model } = fakeStaff({ counter: 'q1', snapshot: snap });
    expect(model.counter.myWaiting.value.map((t) => t.id)).toEqual(['a2', 'a1']);
    expect(model.counter.waitingByService.value).toEqual([{ id: 'hotich', name: 'Hộ tịch', count: 2, next: [snap.waiting![1], snap.waiting![0]] }]);
    expect(model.counter.priorityName('elderly')).toBe('Người cao tuổi');
    expect(model.counter.mine.value).toBe(true);
    model.counter.counterId.value = 'q2';
    expect(model.counter.mine.value).toBe(false);
  });

  it('a no-show can be called back here only for a service served, until its time is up', () => {
    vi.setSystemTime(1_000_000);
    const noShow = (id: string, serviceId: string, until: number) => ({ id, number: id, serviceId, priority: null, counterId: 'q1', at: 0, until });
    const snap = staffSnapshot({ queues: { callOrders: { q1: [] }, noShows: [noShow('x1', 'hotich', 1_003_500), noShow('x2', 'chungthuc', 2_000_000)] } });
    const { model } = fakeStaff({ counter: 'q1', snapshot: snap });
    expect(model.counter.myNoShows.value.map((t) => t.id)).toEqual(['x1']);
    vi.advanceTimersByTime(4_000);
    expect(model.counter.myNoShows.value).toEqual([]);
  });
});

describe('the action buttons and shortcuts', () => {
  const key = (k: string, over: Partial<KeyboardEvent> = {}) => ({ key: k, target: null, ctrlKey: false, altKey: false, metaKey: false, preventDefault: vi.fn(), ...over }) as unknown as KeyboardEvent;

  it('serving actions are off with nobody served; N calls next; a shortcut does nothing while a dialog is open or in a text box', async () => {
    const { model, sock } = fakeStaff({ counter: 'q1' });
    const actions = counterActions(model.counter);
    const on = () => actions.filter((a) => a.enabled()).map((a) => a.key);
    expect(on()).toEqual(['N', 'S', 'P']);
    const press = shortcuts(actions, model.counter);
    press(key('v'));
    expect(sock.emitted).toEqual([]);
    press(key('n'));
    await vi.waitFor(() => expect(sock.emitted).toEqual([['counter:callNext', { counterId: 'q1' }]]));
    press(key('p'));
    expect(model.counter.dialog.value).toBe('pause');
    press(key('n'));
    press(key('Escape'));
    expect(model.counter.dialog.value).toBeNull();
    press(key('n', { target: { tagName: 'INPUT' } as unknown as EventTarget }));
    await Promise.resolve();
    expect(sock.emitted).toHaveLength(1);
  });

  it('with a ticket served every action is on, and P resumes a paused counter', async () => {
    const snap = staffSnapshot();
    snap.counters[0] = counterView({ status: 'paused', pauseReason: 'Họp', current: { number: 'A001' } as never });
    const { model, sock } = fakeStaff({ counter: 'q1', snapshot: snap });
    const actions = counterActions(model.counter);
    expect(actions.filter((a) => a.enabled()).map((a) => a.key)).toEqual(['R', 'V', 'C', 'H', 'P']);
    actions.find((a) => a.key === 'P')!.run();
    await vi.waitFor(() => expect(sock.emitted).toEqual([['counter:resume', { counterId: 'q1' }]]));
  });
});
