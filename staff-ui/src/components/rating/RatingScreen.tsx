/** The citizen-facing rating tablet: the number served here, then a rating with faces and words, huge touch targets. */
import { useStaff } from '../../model/staff';
import { Face, Stars } from './Face';

function Idle() {
  const { counter } = useStaff().rating;
  const c = counter.value;
  return (
    <section class="rating-idle">
      <h1>{c ? `Quầy số ${c.number}` : 'Quầy'}</h1>
      {c?.current ? <><p>Đang phục vụ số</p><p class="number" data-testid="rating-number">{c.current.number}</p></> : <p>Xin mời công dân đến quầy</p>}
    </section>
  );
}

function Ask() {
  const { asking, choose, levels, scale, secondsLeft } = useStaff().rating;
  return (
    <section class="rating-ask">
      <h1>Ông/bà có hài lòng với việc giải quyết số <strong>{asking.value?.number}</strong>?</h1>
      <div class={`levels ${scale.value}`}>
        {levels.value.map((l) => (
          <button key={l.key} class={`level ${l.tone}`} onClick={() => choose(l.key)}>
            {scale.value === 'five' ? <Stars n={Number(l.key)} /> : <Face tone={l.tone} />}
            <span>{l.label}</span>
          </button>
        ))}
      </div>
      <p class="countdown">Màn hình tự đóng sau {secondsLeft.value} giây</p>
    </section>
  );
}

function Reasons() {
  const { lowReasons, reasons, secondsLeft, submitReasons, toggleReason } = useStaff().rating;
  return (
    <section class="rating-reasons">
      <h1>Xin cho biết điều chưa hài lòng (không bắt buộc)</h1>
      <div class="reasons">
        {lowReasons.value.map((r) => (
          <button key={r} class={reasons.value.includes(r) ? 'reason on' : 'reason'} aria-pressed={reasons.value.includes(r)} onClick={() => toggleReason(r)}>
            {reasons.value.includes(r) ? '✔ ' : ''}{r}
          </button>
        ))}
      </div>
      <button class="send primary" onClick={submitReasons}>Gửi đánh giá</button>
      <p class="countdown">Màn hình tự gửi sau {secondsLeft.value} giây</p>
    </section>
  );
}

/** The page at /rating/<counterId>. */
export function RatingScreen() {
  const { connected, rating: { counterId, error, pairedTo, step } } = useStaff();
  const paired = pairedTo.value;
  return (
    <main class="rating-screen">
      {!connected.value && <p class="alert bad" role="alert">Mất kết nối với máy chủ</p>}
      {paired === null && <p class="alert bad" role="alert">Màn hình chưa được ghép với quầy. Hãy mở bằng đường dẫn có mã thiết bị.</p>}
      {paired && paired !== counterId.value && <p class="alert bad" role="alert">Thiết bị này được ghép với quầy "{paired}", không phải "{counterId.value}".</p>}
      {error.value && <p class="alert bad" role="alert">{error.value}</p>}
      {step.value === 'idle' && <Idle />}
      {step.value === 'ask' && <Ask />}
      {step.value === 'reasons' && <Reasons />}
      {step.value === 'thanks' && <section class="rating-thanks"><Face tone="good" /><h1>Cảm ơn ông/bà đã đánh giá!</h1></section>}
    </main>
  );
}
