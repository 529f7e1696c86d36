/** Results ready for pick-up: dossier code and masked name only; hidden when there is nothing. */
import { useEffect, useState } from 'preact/hooks';
import { readyDossiers } from '../model/wall';

const PAGE = 6;

/** Pages through the ready dossiers every 8 seconds. */
export function ReadyBoard() {
  const list = readyDossiers.value;
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  useEffect(() => {
    const t = setInterval(() => setPage((p) => (p + 1) % pages), 8000);
    return () => clearInterval(t);
  }, [pages]);
  if (list.length === 0) return null;
  const shown = list.slice((page % pages) * PAGE, (page % pages) * PAGE + PAGE);
  return (
    <section class="ready" aria-labelledby="ready-title">
      <h2 id="ready-title" class="section-title">Đã có kết quả – mời nhận {pages > 1 ? `(${(page % pages) + 1}/${pages})` : ''}</h2>
      <ul class="ready-list">
        {shown.map((d) => (
          <li key={d.code}><span class="ready-code">{d.code}</span> <span class="ready-name">{d.applicant}</span></li>
        ))}
      </ul>
    </section>
  );
}
