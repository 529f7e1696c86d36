/** People waiting per service, with the estimate. */
import { waitingServices } from '../model/wall';
import { waitText } from '../model/hours';

/** A table of services: name, waiting, estimated minutes. */
export function Waiting() {
  return (
    <section class="waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title" class="section-title">Đang chờ</h2>
      <table class="waiting-table">
        <thead><tr><th scope="col">Lĩnh vực</th><th scope="col">Người chờ</th><th scope="col">Ước tính</th></tr></thead>
        <tbody>
          {waitingServices.value.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name}</th>
              <td class="num">{s.waiting}</td>
              <td class="num">{waitText(s.estimatedWaitMinutes, s.waiting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
