/** The wall display's spoken call: wording, dialect, number reading, repeat count, volume, backlog (live on every display, in the audit trail). */
import { useEffect, useState } from 'preact/hooks';
import type { VoiceSettings } from '@motcua/server/contract';
import { useStaff } from '../../model/staff';

const val = (e: Event) => (e.target as HTMLInputElement).value;

/** Loads the settings in effect, then the form. */
export function VoicePanel() {
  const { api } = useStaff().session;
  const [v, setV] = useState<VoiceSettings | null>(null);
  useEffect(() => { void api<VoiceSettings>('GET', '/api/admin/voice').then((r) => { if (r.ok) setV(r.data); }); }, []);
  if (!v) return <p>Đang tải…</p>;
  return <VoiceForm key={JSON.stringify(v)} initial={v} onSaved={setV} />;
}

function VoiceForm({ initial, onSaved }: { initial: VoiceSettings; onSaved(v: VoiceSettings): void }) {
  const { save } = useStaff().admin;
  const [f, setF] = useState(initial);
  const set = <K extends keyof VoiceSettings>(k: K, x: VoiceSettings[K]) => setF({ ...f, [k]: x });
  const submit = (e: Event) => {
    e.preventDefault();
    void save<VoiceSettings>('PUT', '/api/admin/voice', f, 'Đã lưu: các màn hình đọc theo cài đặt mới từ lượt gọi tiếp theo').then((r) => { if (r) onSaved(r); });
  };
  return (
    <section class="panel">
      <h2>Giọng đọc gọi số</h2>
      <form class="voice-form" onSubmit={submit}>
        <label style={{ display: 'flex', alignItems: 'center', gap: '12px', minHeight: '48px' }}><input type="checkbox" style={{ width: '28px', height: '28px' }} checked={f.enabled} onChange={(e) => set('enabled', (e.target as HTMLInputElement).checked)} /> Đọc số trên màn hình chờ</label>
        <label>Câu gọi ({'{so}'}: số thứ tự, {'{quay}'}: số quầy, {'{ten_quay}'}: tên quầy)
          <input value={f.template} onInput={(e) => set('template', val(e))} required maxLength={300} /></label>
        <label>Giọng <select value={f.dialect} onChange={(e) => set('dialect', val(e) as VoiceSettings['dialect'])}>
          <option value="north">Miền Bắc (linh, nghìn)</option><option value="south">Miền Nam (lẻ, ngàn)</option></select></label>
        <label>Cách đọc số <select value={f.numberMode} onChange={(e) => set('numberMode', val(e) as VoiceSettings['numberMode'])}>
          <option value="number">Đọc thành số: "a mười lăm"</option><option value="digits">Đọc từng chữ số: "a, không, một, năm"</option></select></label>
        <label>Số lần đọc mỗi lượt gọi <input type="number" min={1} max={3} value={f.repeat} onInput={(e) => set('repeat', Number(val(e)))} /></label>
        <label>Âm lượng: {Math.round(f.volume * 100)}% <input type="range" min={0} max={100} step={5} value={Math.round(f.volume * 100)} onInput={(e) => set('volume', Number(val(e)) / 100)} /></label>
        <label>Số lượt gọi chờ đọc tối đa (quá số này, lượt cũ nhất không đọc nữa; màn hình vẫn hiện đủ)
          <input type="number" min={1} max={20} value={f.maxBacklog} onInput={(e) => set('maxBacklog', Number(val(e)))} /></label>
        <button class="primary" type="submit">Lưu</button>
      </form>
    </section>
  );
}
