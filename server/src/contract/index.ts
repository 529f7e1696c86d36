/** The one typed contract shared by the server and every UI. UIs import types only (no zod in the bundle). */
export type * from './views';
export type * from './socket';
export type * from './rest';
export type * from './reports';
export type * from './admin';
export type * from './dossier-import';
export type * from './auth';
export * from './schemas';
export * from './error-text';
export * from './numbers';
export * from './wait-words';
