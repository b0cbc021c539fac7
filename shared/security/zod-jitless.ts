import { z } from 'zod';

/**
 * zod compiles validators with `new Function`, which the Content-Security-Policy forbids. An object
 * schema decides at construction whether to compile, so this module must be imported before any
 * module that builds a schema: first in the renderer's entry and in the preload. Otherwise zod's
 * probe for `new Function` trips the policy on every start.
 */
z.config({ jitless: true });
