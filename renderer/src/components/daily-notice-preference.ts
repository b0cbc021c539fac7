import { useLocalStorage } from '@mantine/hooks';

/**
 * Whether this computer shows the daily Today notice. It lives in the browser's storage, not in the
 * workspace: the notice and the system's permission for it belong to one computer, and on a team
 * server the workspace's preferences are everyone's.
 */
export function useDailyNoticeOn(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useLocalStorage<boolean>({
    key: 'secretariaat.dailyNotice',
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  return [on === true, setOn];
}
