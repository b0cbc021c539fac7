// First: the workspace is asked for while the rest is evaluated (see early-snapshot.ts).
import './api/early-snapshot.ts';
// Then: zod must be jitless before any schema is built (see zod-jitless.ts).
import '../../shared/security/zod-jitless.ts';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/nl';
import 'dayjs/locale/en-gb';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { chooseApi } from './api/choose-api.ts';
import { initI18n } from './i18n/index.ts';
import { rememberedLanguage } from './i18n/remembered-language.ts';
import { WorkspaceProvider, WorkspaceState } from './state/workspace-state.tsx';
import { needsSignIn, SignInGate } from './session/SignInGate.tsx';

async function start(): Promise<void> {
  const state: WorkspaceState = new WorkspaceState(chooseApi(() => state.current()?.revision ?? null));
  // Asked for before the first render, so the data and the shell's first frame are on their way
  // together; settled into a message (or null) here, so a failure is never an unhandled rejection.
  const loading = state.load();
  const loadFailure = loading.then(
    () => null,
    (error: unknown) => (needsSignIn(error) ? null : error instanceof Error ? error.message : String(error)),
  );
  const signInNeeded = loading.then(() => false, needsSignIn);
  const language = rememberedLanguage(window.localStorage);
  await initI18n(language);
  document.documentElement.lang = language;
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <WorkspaceProvider state={state}>
        <SignInGate signInNeeded={signInNeeded}>
          <App loadFailure={loadFailure} />
        </SignInGate>
      </WorkspaceProvider>
    </StrictMode>,
  );
}

void start();
