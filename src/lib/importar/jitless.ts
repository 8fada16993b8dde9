/**
 * zod v4 compiles a fast parser with `new Function` the first time an object schema parses,
 * which the site's Content-Security-Policy (no 'unsafe-eval') forbids. Whether it may is decided
 * when each schema is created, so this module runs before any schema module of the import page:
 * `engine.ts` imports it first, and the page loads it before the engine.
 */
import { z } from 'zod';

z.config({ jitless: true });

export const JITLESS = true;
