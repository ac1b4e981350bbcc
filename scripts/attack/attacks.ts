import { AUTH_ATTACKS } from './auth-attacks';
import { DOWNLOAD_ATTACKS } from './download-attacks';
import { EDIT_ATTACKS } from './edit-attacks';
import { EXTRACT_ATTACKS } from './extract-attacks';
import { IMPORT_ATTACKS } from './import-attacks';
import { REQUEST_ATTACKS } from './request-attacks';
import type { Attack } from './types';

/** Every attack, in the order of issue 11's items; each area's attacks live in a module of their own next to this one. */
export const ATTACKS: Attack[] = [...EXTRACT_ATTACKS, ...IMPORT_ATTACKS, ...REQUEST_ATTACKS, ...DOWNLOAD_ATTACKS, ...EDIT_ATTACKS, ...AUTH_ATTACKS].sort(
  (a, b) => Number.parseInt(a.item, 10) - Number.parseInt(b.item, 10),
);
