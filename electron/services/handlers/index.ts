import type { Handlers } from './context.ts';
import { closingHandlers } from './closing-handlers.ts';
import { dataCareHandlers } from './data-care-handlers.ts';
import { peopleHandlers } from './people-handlers.ts';
import { planningHandlers } from './planning-handlers.ts';
import { placementsHandlers } from './placements-handlers.ts';
import { requestsHandlers } from './requests-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { seriesHandlers } from './series-handlers.ts';
import { workspaceHandlers } from './workspace-handlers.ts';

/** The transport-free handler table; both Electron IPC and the web host dispatch into it. */
export const handlers = {
  ...workspaceHandlers,
  ...dataCareHandlers,
  ...peopleHandlers,
  ...planningHandlers,
  ...placementsHandlers,
  ...requestsHandlers,
  ...seriesHandlers,
  ...reportHandlers,
  ...closingHandlers,
} satisfies Handlers;

export type { Clock, HandlerContext, Handlers } from './context.ts';
