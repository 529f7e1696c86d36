/**
 * The wall display's "Đã có kết quả – mời nhận" board, live: the list is pushed ('ready') to every wall
 * display when it connects and whenever the dossier store changes, so nothing polls. Only results ready
 * within `display.readyMaxAgeDays` are shown (checked again every few minutes, so old ones age out
 * overnight without a write). Names are masked by the store (maskName); no ID number is ever read.
 */
import type { ReadyDossierView } from '../../contract';
import type { AppContext } from '../../app/context';
import { localParts } from '../../core/day';
import { addDays } from '../../core/hours';
import type { Io } from '../../http/socket';
import type { Feature } from '../feature';
import { onDossiersChanged, readyDossiers } from './store';

/** The most results the board is sent: paged on the wall, so every one still shows within 30 s. */
const READY_BOARD_MAX = 120;
const RECHECK_MS = 5 * 60_000;
const DISPLAYS = 'device:display';

/** The board's list now: ready within the configured age, newest result first, names masked. */
export function readyBoard(ctx: AppContext): ReadyDossierView[] {
  const today = localParts(ctx.now(), ctx.config.timeZone).date;
  const since = addDays(today, -ctx.config.display.readyMaxAgeDays);
  return readyDossiers(ctx.queue.journal.db, READY_BOARD_MAX, since);
}

function start(io: Io, ctx: AppContext): void {
  const db = ctx.queue.journal.db;
  let last = '';
  // Sent only when it changed: an import that touches no ready dossier costs the walls nothing.
  const push = () => {
    const list = readyBoard(ctx);
    const key = JSON.stringify(list);
    if (key === last) return;
    last = key;
    io.to(DISPLAYS).emit('ready', list);
  };
  io.on('connection', (socket) => {
    const p = (socket.data as { principal?: { kind: string; role?: string } | null }).principal;
    if (p?.kind === 'device' && p.role === 'display') socket.emit('ready', readyBoard(ctx));
  });
  const off = onDossiersChanged(db, () => {
    try { push(); } catch (e) { ctx.log.error('ready board push failed', e); }
  });
  // Stops with the server: the journal's database is closed at shutdown.
  const timer = setInterval(() => {
    if (!db.open) { clearInterval(timer); off(); return; }
    try { push(); } catch (e) { ctx.log.error('ready board check failed', e); }
  }, RECHECK_MS);
  timer.unref();
}

export const readyBoardFeature: Feature = { name: 'ready-board', sockets: (io, ctx) => start(io, ctx) };
