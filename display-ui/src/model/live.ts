/** Owns the display's socket: pairs it, opens it, feeds calls and snapshots to the voice queue and office hours to their signal. */
import { deviceToken } from '../../../ui-shared/src/token';
import { openSocket } from '../../../ui-shared/src/connection';
import { onCall, onSnapshot } from './announcer';
import { setHours } from './hours';

/** Connects the wall display; `announce` is false for counter mode (the wall speaks, not every counter). */
export async function connectDisplay(announce: boolean): Promise<void> {
  const socket = openSocket(await deviceToken('display'));
  // An older server sends no hours: setHours(undefined) keeps the display as it was (never "closed").
  socket.on('snapshot', (s) => setHours(s.hours));
  socket.on('setup', (s) => setHours(s.hours));
  socket.on('hours', setHours);
  if (!announce) return;
  socket.on('snapshot', onSnapshot);
  socket.on('call', onCall);
}
