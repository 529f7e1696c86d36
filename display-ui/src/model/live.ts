/** Feeds the display's socket to its models: calls, snapshots and voice settings to the voice queue, hours and ready results to their signals. */
import type { ScreenSocket } from '../../../ui-shared/src/connection';
import type { DisplayModel } from './display';

/** The part of the screen's socket the display listens on (a fake emitter in the unit tests). */
export type DisplaySocket = Pick<ScreenSocket, 'on'>;

/** Connects the models to an opened socket; `announce` is false for counter mode (the wall speaks, not every counter). */
export function connectDisplay(model: DisplayModel, socket: DisplaySocket, announce: boolean): void {
  const { hours, voice, wall } = model;
  // An older server sends no hours: setHours(undefined) keeps the display as it was (never "closed").
  socket.on('snapshot', (s) => hours.setHours(s.hours));
  socket.on('setup', (s) => hours.setHours(s.hours));
  socket.on('hours', hours.setHours);
  if (!announce) return;
  socket.on('ready', wall.setReady);
  voice.start();
  socket.on('snapshot', voice.onSnapshot);
  // An admin's change of the voice in /admin arrives as a fresh set-up snapshot: it applies from the next call.
  socket.on('setup', (s) => voice.setVoice(s.voice));
  socket.on('call', voice.onCall);
}
