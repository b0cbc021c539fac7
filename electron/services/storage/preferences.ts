import { preferencesSchema, type Preferences } from '../../../shared/schemas/index.ts';

/** The part of conf / electron-store used for preferences: one small object, written whole. */
export type PreferencesBackend = { store: Record<string, unknown> };

const DEFAULTS: Preferences = { language: 'nl' };

/** A preferences file someone edited by hand falls back to the defaults, field by field, instead of stopping the app. */
export function readPreferences(backend: PreferencesBackend): Preferences {
  const parsed = preferencesSchema.safeParse({ ...DEFAULTS, ...backend.store });
  return parsed.success ? parsed.data : DEFAULTS;
}
