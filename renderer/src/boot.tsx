// The app, evaluated by main.tsx once the workspace is in. First: zod must be jitless before any
// schema is built (see zod-jitless.ts).
import '../../shared/security/zod-jitless.ts';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/nl';
import 'dayjs/locale/en-gb';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
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
  // An answer already in settles within this task's microtasks, before the timer: the first render
  // then has it. Drawn synchronously, so the shell and grid are painted before anything the
  // browser queued behind this task; a scheduled render came after Chromium's code-cache work.
  await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, 0))]).catch(() => undefined);
  document.documentElement.lang = language;
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <WorkspaceProvider state={state}>
          <SignInGate signInNeeded={signInNeeded}>
            <App loadFailure={loadFailure} />
          </SignInGate>
        </WorkspaceProvider>
      </StrictMode>,
    ),
  );
}

void start();
