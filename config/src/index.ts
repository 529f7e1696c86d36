/** @motcua/config: the site config schema and loader (the catalog lives beside it). */
export * from './site';
export * from './load';
export * from './report-header';
