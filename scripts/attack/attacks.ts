import type { Attack } from './types';

/**
 * Every attack, by issue 11's item number. Each area's attacks live in a module
 * of their own next to this one (e.g. ./auth-attacks.ts) and are listed here.
 */
export const ATTACKS: Attack[] = [];
