/** Where the demo catalog lives, for the search bench. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../config/catalog');
