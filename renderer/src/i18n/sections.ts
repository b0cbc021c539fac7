import { capacityMessages } from '../pages/capacity/capacity-messages.ts';
import { historyMessages } from '../pages/history/history-messages.ts';
import { teamMessages } from '../pages/team/team-messages.ts';
import { placementsMessages } from '../pages/placements/placements-messages.ts';
import { requestsMessages } from '../pages/requests/requests-messages.ts';
import { mailMessages } from '../pages/requests/mail-messages.ts';
import { seriesMessages } from '../pages/requests/series-messages.ts';
import { reportMessages } from '../pages/report/report-messages.ts';
import { settingsMessages } from '../pages/settings/settings-messages.ts';
import { importMessages } from '../components/import-messages.ts';
import { closingMessages } from '../pages/value/closing-messages.ts';
import { valueMessages } from '../pages/value/value-messages.ts';
import { sessionMessages } from '../session/session-messages.ts';
import { weekWarningsMessages } from '../components/week-warnings-messages.ts';
import { todayMessages } from '../pages/today/today-messages.ts';
import { paletteMessages } from '../palette/palette-messages.ts';

/** Section texts by top-level key (`t('capacity.title')`): one line per section module. */
export const sectionMessages = {
  capacity: capacityMessages,
  history: historyMessages,
  value: valueMessages,
  team: teamMessages,
  placements: placementsMessages,
  requests: requestsMessages,
  mail: mailMessages,
  series: seriesMessages,
  report: reportMessages,
  settings: settingsMessages,
  import: importMessages,
  session: sessionMessages,
  weekWarnings: weekWarningsMessages,
  closing: closingMessages,
  today: todayMessages,
  palette: paletteMessages,
};

type Sections = typeof sectionMessages;
/** Every text of the app by key, the Dutch shape that English must match: what `t()` is checked against. */
export type AllMessages = import('./nl.ts').Messages & { [K in keyof Sections]: Sections[K]['nl'] };
