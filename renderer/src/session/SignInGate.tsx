import { MantineProvider } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../../../shared/contract/index.ts';
import { Login } from './Login.tsx';

/** A team server answers "unauthenticated" until someone signs in; one computer never does. */
export const needsSignIn = (error: unknown): boolean => error instanceof ApiError && error.code === 'unauthenticated';

/** The app, or the sign-in form when the first load said nobody is signed in. */
export function SignInGate({ signInNeeded, children }: { signInNeeded: Promise<boolean>; children: ReactNode }) {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    void signInNeeded.then(setNeeded);
  }, [signInNeeded]);
  if (!needed) return children;
  return (
    <MantineProvider>
      <Login />
    </MantineProvider>
  );
}
