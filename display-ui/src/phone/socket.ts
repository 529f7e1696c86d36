/** The phone view's connection: follow one ticket, then receive its updates. */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '@motcua/server/contract';
import { notFound, online, receiveTicket } from './model';

/** Connects without a token (the ticket id is the secret) and follows the ticket. */
export function followTicket(ticketId: string): void {
  const socket: Socket<ServerToClient, ClientToServer> = io({
    transports: ['websocket'], reconnectionDelay: 300, reconnectionDelayMax: 1000, timeout: 4000,
  });
  // Re-follow on every (re)connect: a restarted server has forgotten the room.
  socket.on('connect', () => {
    online.value = true;
    socket.emit('ticket:follow', { ticketId }, (a) => {
      if (a.ok) receiveTicket(a.data);
      else if (a.error.code === 'UNKNOWN_TICKET' || a.error.code === 'VALIDATION') notFound.value = true;
    });
  });
  socket.on('disconnect', () => { online.value = false; });
  socket.on('connect_error', () => { online.value = false; });
  socket.on('ticket', (t) => { if (t.id === ticketId) receiveTicket(t); });
}
