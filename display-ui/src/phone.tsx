/** The phone view of one ticket (first version). */
import { render } from 'preact';
import { signal } from '@preact/signals';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient, TicketView } from '@motcua/server/contract';

const ticket = signal<TicketView | null>(null);
const id = location.pathname.split('/').pop() ?? '';
const socket: Socket<ServerToClient, ClientToServer> = io({ transports: ['websocket'] });
socket.on('connect', () => socket.emit('ticket:follow', { ticketId: id }, (a) => { if (a.ok) ticket.value = a.data; }));
socket.on('ticket', (t) => { ticket.value = t; });

function App() {
  const t = ticket.value;
  return t ? <main><h1>{t.number}</h1><p>{t.status}</p></main> : <main><p>Đang tải…</p></main>;
}
render(<App />, document.getElementById('app')!);
