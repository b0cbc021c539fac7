import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/index.ts';
import { rememberLanguage } from '../i18n/remembered-language.ts';

/** Once the workspace is there its language decides, and is remembered for the next start's first frame. */
export function useWorkspaceLanguage(language: Language | undefined): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!language) return;
    rememberLanguage(window.localStorage, language);
    // Set only when it changes: setting it at all makes Chromium restyle the whole page.
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);
}
