import type { Handlers } from './context.ts';
import { peopleHandlers } from './people-handlers.ts';
import { planningHandlers } from './planning-handlers.ts';
import { workspaceHandlers } from './workspace-handlers.ts';

/** The transport-free handler table; both Electron IPC and the web host dispatch into it. */
export const handlers = {
  ...workspaceHandlers,
  ...peopleHandlers,
  ...planningHandlers,
} satisfies Handlers;

export type { Clock, HandlerContext, Handlers } from './context.ts';
