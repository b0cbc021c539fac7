import { capacityMessages } from '../pages/capacity/capacity-messages.ts';
import type { MessageTree } from './define-messages.ts';

/** Section texts by top-level key (`t('capacity.title')`): one line per section module. */
export const sectionMessages: Record<string, { nl: MessageTree; en: MessageTree }> = {
  capacity: capacityMessages,
};
