import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '../../../shared/schemas/index.ts';
import { rememberLanguage } from '../i18n/remembered-language.ts';
import { useCommand } from '../state/use-command.ts';
import { useMaybeSnapshot } from '../state/workspace-state.tsx';

/**
 * The choice is stored with the workspace preferences, so it is still there after a restart; in
 * a team workspace it is this person's own, kept in their browser.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const run = useCommand();
  const team = useMaybeSnapshot()?.session != null;
  const change = async (value: string) => {
    const language = languageSchema.parse(value);
    await i18n.changeLanguage(language);
    rememberLanguage(window.localStorage, language);
    document.documentElement.lang = language;
    if (!team) await run((api) => api.setLanguage({ language }));
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      data-testid="language-switch"
      value={i18n.language}
      onChange={(value) => void change(value)}
      data={[
        { value: 'nl', label: t('language.nl') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
