/** Services (numbering) and counters (which services each serves): each save is an applySetup on the server. */
import { useState } from 'preact/hooks';
import { useStaff } from '../../model/staff';

const val = (e: Event) => (e.target as HTMLInputElement).value;

function numberingText(n: { kind: 'prefix'; prefix: string; pad: number } | { kind: 'range'; from: number; to: number; pad: number }): string {
  return n.kind === 'prefix' ? `${n.prefix}${'0'.repeat(n.pad - 1)}1` : `${n.from}–${n.to}`;
}

/** The services with their numbering; add one; enable or pause one. */
export function ServicesPanel() {
  const { save, setup } = useStaff().admin;
  const [f, setF] = useState({ id: '', name: '', prefix: '', pad: '3', avg: '10' });
  const s = setup.value;
  if (!s) return <p>Đang tải…</p>;
  const add = (e: Event) => {
    e.preventDefault();
    void save('POST', '/api/admin/services', {
      id: f.id.trim(), name: f.name.trim(), numbering: { kind: 'prefix', prefix: f.prefix.trim().toUpperCase(), pad: Number(f.pad) }, avgServiceMinutes: Number(f.avg), enabled: true,
    }, `Đã thêm lĩnh vực ${f.name}`).then((ok) => { if (ok) setF({ id: '', name: '', prefix: '', pad: '3', avg: '10' }); });
  };
  return (
    <section class="panel">
      <h2>Lĩnh vực và cách đánh số</h2>
      <table>
        <thead><tr><th>Mã</th><th>Tên</th><th>Số đầu tiên</th><th>Phút/lượt</th><th>Cấp số</th></tr></thead>
        <tbody>{s.services.map((sv) => (
          <tr key={sv.id}><td>{sv.id}</td><td>{sv.name}</td><td>{numberingText(sv.numbering)}</td><td>{sv.avgServiceMinutes}</td>
            <td class={sv.enabled ? 'ok' : 'warn'}>{sv.enabled ? 'Đang cấp số ' : 'Tạm ngừng '}
              <button aria-label={`${sv.enabled ? 'Tạm ngừng' : 'Mở lại'} ${sv.name}`} onClick={() => void save('PUT', `/api/admin/services/${sv.id}`, { enabled: !sv.enabled })}>{sv.enabled ? 'Tạm ngừng' : 'Mở lại'}</button></td></tr>
        ))}</tbody>
      </table>
      <h3>Thêm lĩnh vực</h3>
      <form class="row-form" onSubmit={add}>
        <label>Mã <input name="id" value={f.id} onInput={(e) => setF({ ...f, id: val(e) })} required pattern="[A-Za-z0-9_-]+" /></label>
        <label>Tên <input name="name" value={f.name} onInput={(e) => setF({ ...f, name: val(e) })} required /></label>
        <label>Chữ đầu số <input name="prefix" value={f.prefix} onInput={(e) => setF({ ...f, prefix: val(e) })} required maxLength={3} /></label>
        <label>Số chữ số <input name="pad" type="number" min={1} max={6} value={f.pad} onInput={(e) => setF({ ...f, pad: val(e) })} /></label>
        <label>Phút/lượt <input name="avg" type="number" min={1} max={240} value={f.avg} onInput={(e) => setF({ ...f, avg: val(e) })} /></label>
        <button type="submit" class="primary">Thêm lĩnh vực</button>
      </form>
    </section>
  );
}

function CounterRow(props: { c: { id: string; number: number; name: string; services: string[] } }) {
  const { save, setup } = useStaff().admin;
  const s = setup.value!;
  const [picked, setPicked] = useState(props.c.services);
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);
  return (
    <fieldset>
      <legend>Quầy số {props.c.number} — {props.c.name}</legend>
      {s.services.map((sv) => (
        <label key={sv.id} class="check"><input type="checkbox" checked={picked.includes(sv.id)} onChange={() => toggle(sv.id)} /> {sv.name}</label>
      ))}
      <button onClick={() => void save('PUT', `/api/admin/counters/${props.c.id}`, { services: picked })}>Lưu quầy {props.c.number}</button>
    </fieldset>
  );
}

/** Counters and the services each serves; add a counter. */
export function CountersPanel() {
  const { save, setup } = useStaff().admin;
  const [f, setF] = useState({ id: '', number: '', name: '' });
  const s = setup.value;
  if (!s) return <p>Đang tải…</p>;
  return (
    <section class="panel">
      <h2>Quầy và lĩnh vực phụ trách</h2>
      {s.counters.map((c) => <CounterRow key={`${c.id}:${c.services.join()}`} c={c} />)}
      <h3>Thêm quầy</h3>
      <form class="row-form" onSubmit={(e) => {
        e.preventDefault();
        void save('POST', '/api/admin/counters', { id: f.id, number: Number(f.number), name: f.name, services: [s.services[0]!.id] }, 'Đã thêm quầy');
      }}>
        <label>Mã <input value={f.id} onInput={(e) => setF({ ...f, id: val(e) })} required /></label>
        <label>Số quầy <input type="number" min={1} value={f.number} onInput={(e) => setF({ ...f, number: val(e) })} required /></label>
        <label>Tên <input value={f.name} onInput={(e) => setF({ ...f, name: val(e) })} required /></label>
        <button type="submit" class="primary">Thêm quầy</button>
      </form>
    </section>
  );
}
