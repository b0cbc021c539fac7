import type { AllMessages } from './sections.ts';

/* Makes `t('…')` a checked key: a misspelt or removed key is a type error, not a raw key on screen. */
declare module 'i18next' {
  // Module augmentation merges into i18next's own interface; a type alias cannot.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllMessages };
  }
}
