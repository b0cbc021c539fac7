import { MantineProvider } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, makeTheme } from '../app/theme.ts';
import '../app/accessibility.css';
import { ApiError } from '../../../shared/contract/index.ts';
import { Login } from './Login.tsx';

/** A team server answers "unauthenticated" until someone signs in; one computer never does. */
export const needsSignIn = (error: unknown): boolean => error instanceof ApiError && error.code === 'unauthenticated';

/** The app, or the sign-in form when the first load said nobody is signed in. */
export function SignInGate({ signInNeeded, children }: { signInNeeded: Promise<boolean>; children: ReactNode }) {
  const { t } = useTranslation();
  const [needed, setNeeded] = useState(false);
  // The app's own theme, so the form meets the same contrast as every other screen.
  const theme = useMemo(() => makeTheme(t('common.close')), [t]);
  useEffect(() => {
    void signInNeeded.then(setNeeded);
  }, [signInNeeded]);
  if (!needed) return children;
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Login />
    </MantineProvider>
  );
}
