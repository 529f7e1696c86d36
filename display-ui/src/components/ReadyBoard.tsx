/** Results ready for pick-up: dossier code and masked name only; hidden when there is nothing; every code shown within 30 s. */
import { useDisplay } from '../model/display';
import { Paged } from './Paged';

/** A citizen waiting for a result must find their code within this time, however long the list. */
const READY_CYCLE_MS = 30_000;

/** The board, paged so that all its pages pass within READY_CYCLE_MS. */
export function ReadyBoard() {
  const list = useDisplay().wall.readyDossiers.value;
  if (list.length === 0) return null;
  return (
    <Paged id="ready-title" class="ready" listClass="ready-list" title="Đã có kết quả – mời nhận" items={list} cycleMs={READY_CYCLE_MS}
      render={(d) => (
        <li key={d.code} class="ready-item" data-code={d.code}>
          <span class="ready-code">{d.code}</span> <span class="ready-name">{d.applicant}</span>
        </li>
      )} />
  );
}
