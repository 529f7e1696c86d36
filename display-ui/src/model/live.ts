/** Owns the display's socket: pairs it, opens it, and feeds calls and snapshots to the voice queue. */
import { deviceToken } from '../../../ui-shared/src/token';
import { openSocket } from '../../../ui-shared/src/connection';
import { onCall, onSnapshot } from './announcer';

/** Connects the wall display; `announce` is false for counter mode (the wall speaks, not every counter). */
export async function connectDisplay(announce: boolean): Promise<void> {
  const socket = openSocket(await deviceToken('display'));
  if (!announce) return;
  socket.on('snapshot', onSnapshot);
  socket.on('call', onCall);
}
