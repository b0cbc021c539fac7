import { languageSchema, type Language } from '../../../shared/schemas/index.ts';

const KEY = 'secretariaat.language';

/*
 * The workspace holds the language, but the shell is drawn before the workspace arrives: the last
 * language seen on this computer lets that first frame speak the user's language instead of
 * flashing Dutch at someone who chose English.
 */
export function rememberedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  const parsed = languageSchema.safeParse(storage.getItem(KEY));
  return parsed.success ? parsed.data : 'nl';
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'>, language: Language): void {
  try {
    storage.setItem(KEY, language);
  } catch {
    // A full or disabled storage only costs the next start its first-frame language.
  }
}
