/** Owns the display's socket: pairs it, opens it, feeds calls, snapshots and voice settings to the voice queue, hours and ready results to their signals. */
import { deviceToken } from '../../../ui-shared/src/token';
import { openSocket } from '../../../ui-shared/src/connection';
import { onCall, onSnapshot, setVoice, startVoiceQueue } from './announcer';
import { setHours } from './hours';
import { setReady } from './wall';

/** Connects the wall display; `announce` is false for counter mode (the wall speaks, not every counter). */
export async function connectDisplay(announce: boolean): Promise<void> {
  const socket = openSocket(await deviceToken('display'));
  // An older server sends no hours: setHours(undefined) keeps the display as it was (never "closed").
  socket.on('snapshot', (s) => setHours(s.hours));
  socket.on('setup', (s) => setHours(s.hours));
  socket.on('hours', setHours);
  if (!announce) return;
  socket.on('ready', setReady);
  startVoiceQueue();
  socket.on('snapshot', onSnapshot);
  // An admin's change of the voice in /admin arrives as a fresh set-up snapshot: it applies from the next call.
  socket.on('setup', (s) => setVoice(s.voice));
  socket.on('call', onCall);
}
