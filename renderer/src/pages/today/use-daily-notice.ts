import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateSchema } from '../../../../shared/schemas/index.ts';
import { countsByKind, dailyNoticeDue, type TodayItem } from '../../../../shared/today/index.ts';
import { go } from '../../app/intents.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { useDailyNoticeOn } from '../../components/daily-notice-preference.ts';

const SHOWN_ON = 'secretariaat.dailyNoticeShownOn';

function shownOn(): string | null {
  const parsed = isoDateSchema.safeParse(localStorage.getItem(SHOWN_ON));
  return parsed.success ? parsed.data : null;
}

/**
 * The one system notification a day, when the user switched it on: how much Today holds, per kind.
 * The day it was shown is kept on this computer, so a second window or a restart does not repeat it.
 */
export function useDailyNotice(items: readonly TodayItem[]): void {
  const { t } = useTranslation();
  const { today } = useSnapshot();
  const [enabled] = useDailyNoticeOn();
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    if (
      !dailyNoticeDue({ enabled, permission: Notification.permission, shownOn: shownOn(), today, count: items.length })
    )
      return;
    try {
      localStorage.setItem(SHOWN_ON, today);
    } catch {
      // Without storage the notice could repeat on every start: better none than a nagging one.
      return;
    }
    const body = countsByKind(items)
      .map(({ kind, count }) => t('today.notice.line', { count, kind: t(`today.kinds.${kind}`) }))
      .join('\n');
    const notice = new Notification(t('today.notice.title', { count: items.length }), {
      body,
      tag: 'secretariaat-today',
    });
    notice.onclick = () => {
      window.focus();
      go('today');
    };
  }, [enabled, items, today, t]);
}
