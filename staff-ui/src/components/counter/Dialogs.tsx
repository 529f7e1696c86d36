/** The counter's dialogs: transfer (to a service or a counter), pause with a reason, call a chosen number. */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { elapsed } from '../../model/clock';
import { useStaff } from '../../model/staff';

const QUICK_REASONS = ['Nghỉ giải lao', 'Họp', 'Xử lý hồ sơ', 'Hỗ trợ quầy khác', 'Sự cố máy tính'];

function Modal(props: { title: string; children: ComponentChildren }) {
  const { dialog } = useStaff().counter;
  return (
    <div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-label={props.title}>
        <h2>{props.title}</h2>
        {props.children}
        <button class="secondary" onClick={() => { dialog.value = null; }}>Hủy (Esc)</button>
      </div>
    </div>
  );
}

/** Send the current ticket to another service's queue or to another counter. */
export function TransferDialog() {
  const { snapshot, counter: { act, counter } } = useStaff();
  const s = snapshot.value!;
  const c = counter.value!;
  return (
    <Modal title={`Chuyển số ${c.current?.number ?? ''}`}>
      <h3>Sang lĩnh vực</h3>
      <div class="grid-buttons">
        {s.services.filter((x) => x.enabled).map((x) => <button key={x.id} onClick={() => void act('transfer', { serviceId: x.id })}>{x.name}</button>)}
      </div>
      <h3>Sang quầy</h3>
      <div class="grid-buttons">
        {s.counters.filter((x) => x.id !== c.id).map((x) => <button key={x.id} onClick={() => void act('transfer', { toCounterId: x.id })}>Quầy số {x.number} — {x.name}</button>)}
      </div>
    </Modal>
  );
}

/** Pause with a quick reason or one typed in. */
export function PauseDialog() {
  const { act } = useStaff().counter;
  const [text, setText] = useState('');
  return (
    <Modal title="Tạm dừng quầy">
      <div class="grid-buttons">
        {QUICK_REASONS.map((r) => <button key={r} onClick={() => void act('pause', { reason: r })}>{r}</button>)}
      </div>
      <form onSubmit={(e) => { e.preventDefault(); if (text.trim()) void act('pause', { reason: text.trim() }); }}>
        <label>Lý do khác <input value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} maxLength={200} /></label>
        <button type="submit" class="primary" disabled={!text.trim()}>Tạm dừng</button>
      </form>
    </Modal>
  );
}

/** Call a number chosen from this counter's waiting list. */
export function PickDialog() {
  const { clock: { now }, counter: { act, myWaiting, priorityName, serviceName } } = useStaff();
  const list = myWaiting.value;
  return (
    <Modal title="Gọi số cụ thể">
      {list.length === 0 && <p>Không còn ai đang chờ.</p>}
      <div class="grid-buttons">
        {list.map((t) => (
          <button key={t.id} onClick={() => void act('call', { ticketId: t.id })}>
            <strong>{t.priority ? '★ ' : ''}{t.number}</strong>
            <small>{serviceName(t.serviceId)}{t.priority ? ` · ${priorityName(t.priority)}` : ''} · chờ {elapsed(t.issuedAt, now.value)}</small>
          </button>
        ))}
      </div>
    </Modal>
  );
}
