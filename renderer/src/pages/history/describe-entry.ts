import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../../shared/contract/history.ts';
import { formatHours } from '../../../../shared/format.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import { historyMessages } from './history-messages.ts';

/** The words for what a change did, in the user's language: the operation, what it touched, and a plan's hours. */
export function describeChange(entry: Pick<HistoryEntry, 'op' | 'summary'>, t: TFunction, language: Language): string {
  const op: keyof typeof historyMessages.nl.op = Object.hasOwn(historyMessages.nl.op, entry.op)
    ? (entry.op as keyof typeof historyMessages.nl.op)
    : 'other';
  const action = t(`history.op.${op}`);
  const summary = entry.summary;
  if (!summary) return action;
  const labels = summary.subjects.map((s) => s.label).filter((label) => label !== '');
  const more = summary.count - summary.subjects.length;
  const subjects =
    labels.length > 0 ? `: ${labels.join(', ')}${more > 0 ? ` ${t('history.andMore', { count: more })}` : ''}` : '';
  const plan = summary.assignments
    .map((a) => t('history.assigned', { name: a.name, hours: formatHours(a.hours, language), week: a.week.slice(6) }))
    .join(', ');
  return `${action}${subjects}${plan ? ` (${plan})` : ''}`;
}

/** One history line: an undo or redo says which change it took back or did again. */
export function describeEntry(entry: HistoryEntry, t: TFunction, language: Language): string {
  const what = describeChange(entry, t, language);
  if (entry.kind === 'undo') return t('history.undoneLine', { what });
  if (entry.kind === 'redo') return t('history.redoneLine', { what });
  return what;
}
