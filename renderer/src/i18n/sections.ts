import { capacityMessages } from '../pages/capacity/capacity-messages.ts';
import { historyMessages } from '../pages/history/history-messages.ts';
import { planningMessages } from '../pages/team/planning-messages.ts';
import { placementsMessages } from '../pages/placements/placements-messages.ts';
import { requestsMessages } from '../pages/requests/requests-messages.ts';
import { mailMessages } from '../pages/requests/mail-messages.ts';
import { seriesMessages } from '../pages/requests/series-messages.ts';
import { reportMessages } from '../pages/report/report-messages.ts';
import { settingsExtraMessages } from '../pages/settings/settings-extra-messages.ts';
import { datedSettingsMessages } from '../pages/settings/dated-settings-messages.ts';
import { closingMessages } from '../pages/value/closing-messages.ts';
import { valueMessages } from '../pages/value/value-messages.ts';
import { sessionMessages } from '../session/session-messages.ts';
import { weekWarningsMessages } from '../components/week-warnings-messages.ts';
import { todayMessages } from '../pages/today/today-messages.ts';
import { paletteMessages } from '../palette/palette-messages.ts';
import type { MessageTree } from './define-messages.ts';

/** Section texts by top-level key (`t('capacity.title')`): one line per section module. */
export const sectionMessages: Record<string, { nl: MessageTree; en: MessageTree }> = {
  capacity: capacityMessages,
  history: historyMessages,
  value: valueMessages,
  planning: planningMessages,
  placements: placementsMessages,
  requests: requestsMessages,
  mail: mailMessages,
  series: seriesMessages,
  report: reportMessages,
  settingsExtra: settingsExtraMessages,
  session: sessionMessages,
  weekWarnings: weekWarningsMessages,
  datedSettings: datedSettingsMessages,
  closing: closingMessages,
  today: todayMessages,
  palette: paletteMessages,
};
