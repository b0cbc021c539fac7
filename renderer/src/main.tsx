// First: zod must be jitless before any schema is built (see zod-jitless.ts).
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
import { WorkspaceProvider, WorkspaceState } from './state/workspace-state.tsx';

async function start(): Promise<void> {
  const state = new WorkspaceState(chooseApi());
  const snapshot = await state.load().catch(() => null);
  await initI18n(snapshot?.preferences.language ?? 'nl');
  document.documentElement.lang = snapshot?.preferences.language ?? 'nl';
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <WorkspaceProvider state={state}>
        <App />
      </WorkspaceProvider>
    </StrictMode>,
  );
}

void start();
