/** The counter screen: the ticket being served with a live timer, the waiting list, the actions, device alerts. */
import { useEffect, useMemo } from 'preact/hooks';
import { elapsed } from '../../model/clock';
import { deviceAlerts, deviceWords } from '../../model/devices';
import { useStaff } from '../../model/staff';
import { counterActions, shortcuts } from './actions';
import { PauseDialog, PickDialog, TransferDialog } from './Dialogs';

function CounterPicker() {
  const { snapshot, counter: { chooseCounter } } = useStaff();
  const s = snapshot.value!;
  return (
    <section class="panel">
      <h2>Chọn quầy làm việc</h2>
      <div class="grid-buttons">
        {s.counters.map((c) => (
          <button key={c.id} class="big" onClick={() => void chooseCounter(c.id)}>
            Quầy số {c.number}<small>{c.name}{c.staff ? ` — ${c.staff.name}` : ''}</small>
          </button>
        ))}
      </div>
    </section>
  );
}

function Current() {
  const { clock: { now }, counter: { counter, priorityName, serviceName } } = useStaff();
  const c = counter.value!;
  const t = c.current;
  if (c.status === 'paused') return <section class="current paused"><h2>Quầy đang tạm dừng</h2><p class="reason">Lý do: {c.pauseReason}</p></section>;
  if (!t) return <section class="current"><h2>Chưa phục vụ ai</h2><p>Nhấn <kbd>N</kbd> để gọi số tiếp theo.</p></section>;
  return (
    <section class="current" aria-label="Đang phục vụ">
      <h2>Đang phục vụ</h2>
      <p class="number" data-testid="current-number">{t.number}</p>
      <p>{serviceName(t.serviceId)}{t.priority && <span class="prio"> ★ {priorityName(t.priority)}</span>}</p>
      <p class="timer" aria-live="off">Thời gian: <span data-testid="timer">{elapsed(t.calledAt, now.value)}</span>{t.recalls > 0 && ` · đã gọi lại ${t.recalls} lần`}</p>
    </section>
  );
}

function Waiting() {
  const { myWaiting, waitingByService } = useStaff().counter;
  const next = myWaiting.value.slice(0, 6);
  return (
    <section class="panel" aria-labelledby="waiting-h">
      <h2 id="waiting-h">Đang chờ</h2>
      {next.length > 0 && (
        <p class="next-order">Thứ tự gọi: <span data-testid="call-order">
          {next.map((t) => <span key={t.id} class={t.priority ? 'tag prio' : 'tag'}>{t.priority ? '★ ' : ''}{t.number}</span>)}
        </span></p>
      )}
      <ul class="waiting">
        {waitingByService.value.map((g) => (
          <li key={g.id}>
            <strong>{g.name}</strong>: <span data-testid={`waiting-${g.id}`}>{g.count}</span> người
            {g.next.length > 0 && <span class="next"> — {g.next.map((t) => <span key={t.id} class={t.priority ? 'tag prio' : 'tag'}>{t.priority ? '★ ' : ''}{t.number}</span>)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Citizens marked absent who came back: called back with one touch while the setting allows. */
function NoShows() {
  const { snapshot, counter: { act, counter, mine, myNoShows, serviceName } } = useStaff();
  const tz = snapshot.value?.office.timeZone;
  const list = myNoShows.value;
  if (list.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="noshow-h">
      <h2 id="noshow-h">Vắng mặt — gọi lại khi công dân quay lại</h2>
      <div class="grid-buttons" data-testid="no-shows">
        {list.map((t) => (
          <button key={t.id} disabled={!mine.value || counter.value?.status === 'paused'} onClick={() => void act('callBack', { ticketId: t.id })}>
            <strong>{t.priority ? '★ ' : ''}{t.number}</strong>
            <small>{serviceName(t.serviceId)} · vắng lúc {clockTime(t.at, tz)} · gọi lại được đến {clockTime(t.until, tz)}</small>
          </button>
        ))}
      </div>
    </section>
  );
}

const clockTime = (ms: number, timeZone: string | undefined) => new Date(ms).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone });

/** The whole counter page (after sign-in). */
export function CounterScreen() {
  const m = useStaff();
  const { connected, snapshot, session: { logout, user }, counter: { act, openIfClosed, counter, counterId, dialog, mine, result } } = m;
  const ACTIONS = useMemo(() => counterActions(m.counter), [m]);
  useEffect(() => {
    const onShortcut = shortcuts(ACTIONS, m.counter);
    document.addEventListener('keydown', onShortcut);
    return () => document.removeEventListener('keydown', onShortcut);
  }, [ACTIONS]);
  const s = snapshot.value;
  if (!s) return <main><h1>Đang kết nối…</h1></main>;
  const c = counter.value;
  if (c?.status === 'closed') void openIfClosed();
  const alerts = deviceAlerts(s.devices);
  return (
    <main class="counter-screen">
      <header class="bar">
        <h1>{c ? `Quầy số ${c.number} — ${c.name}` : 'Màn hình quầy'}</h1>
        <span>{user.value?.name}</span>
        {c && mine.value && <button onClick={() => void act('close')}>Đóng quầy</button>}
        {c && <button onClick={() => { counterId.value = null; }}>Đổi quầy</button>}
        <button onClick={() => void logout()}>Đăng xuất</button>
      </header>
      {!connected.value && <p class="alert bad" role="alert">Mất kết nối với máy chủ — đang kết nối lại…</p>}
      {alerts.map((d) => <p key={d.id} class="alert warn" role="alert">⚠ {deviceWords(d)}</p>)}
      {!c ? <CounterPicker /> : (
        <>
          {c.staff && !mine.value && <p class="alert warn" role="alert">Quầy đang do {c.staff.name} phụ trách.</p>}
          {c.status === 'closed' && <p class="alert warn">Quầy đang đóng. <button onClick={() => void act('open')}>Mở quầy</button></p>}
          <div class="cols">
            <Current />
            <Waiting />
          </div>
          <NoShows />
          {/* Kept at the bottom of the screen: a long queue or many absent citizens never push the actions out of reach. */}
          <div class="dock">
            <nav class="actions" aria-label="Thao tác">
              {ACTIONS.map((a) => (
                <button key={a.key} class={a.primary ? 'action primary' : 'action'} disabled={!a.enabled()} onClick={a.run} aria-keyshortcuts={a.key}>
                  {a.key === 'P' && c.status === 'paused' ? 'Tiếp tục' : a.label} <kbd>{a.key}</kbd>
                </button>
              ))}
            </nav>
            <p class={`result ${result.value?.ok === false ? 'bad' : 'ok'}`} role="status" data-testid="result">{result.value?.text ?? ''}</p>
          </div>
          {dialog.value === 'transfer' && <TransferDialog />}
          {dialog.value === 'pause' && <PauseDialog />}
          {dialog.value === 'pick' && <PickDialog />}
        </>
      )}
    </main>
  );
}
