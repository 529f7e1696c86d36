/** The phone view of one ticket (/t/<ticketId>), opened from the QR code on the printed ticket. */
import { render } from 'preact';
import './phone/phone.css';
import { App } from './phone/App';
import { followTicket } from './phone/socket';

const id = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
followTicket(id);
render(<App />, document.getElementById('app')!);
