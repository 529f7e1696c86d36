/** The queue core: pure decide/evolve over commands and events. No I/O, no clock. */
export * from './setup';
export * from './state';
export * from './messages';
export * from './errors';
export { decide } from './decide';
export { evolve, evolveAll } from './evolve';
export { businessDay, localParts, parseHhMm } from './day';
export { formatNumber, capacity } from './numbering';
export { callOrder, queueOrders, servesTicket, type QueueOrders } from './selection';
export { setupProblems, assertSetup } from './setup-rules';
export * from './queries';
export { stateFromJson, stateToJson, type StateJson } from './state-json';
export { indexTickets, issueOrder } from './ticket-index';
export { newcomerAhead } from './newest-ahead';
