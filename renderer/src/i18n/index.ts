import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/schemas/index.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { sectionMessages } from './sections.ts';

function resources(language: Language) {
  const base = language === 'nl' ? nl : en;
  return { ...base, ...Object.fromEntries(Object.entries(sectionMessages).map(([ns, m]) => [ns, m[language]])) };
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    resources: { nl: { translation: resources('nl') }, en: { translation: resources('en') } },
    interpolation: { escapeValue: false },
  });
}

export { i18next };
