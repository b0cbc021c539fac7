import { weekDays } from '../capacity/weeks.ts';
import { formatDate, formatHours } from '../format.ts';
import type { Language, MailKind, SupportRequest, Workspace } from '../schemas/index.ts';
import { fillTemplate, templateFor, type PlaceholderValues } from './templates.ts';

export type MailDraft = { to: string; subject: string; body: string; language: Language };

const words = {
  nl: {
    and: 'en',
    unknown: 'nog niet bekend',
    none: '—',
    hours: 'uur',
    week: (n: number, monday: string) => `week ${n} (vanaf ${monday})`,
  },
  en: {
    and: 'and',
    unknown: 'not known yet',
    none: '—',
    hours: 'hours',
    week: (n: number, monday: string) => `week ${n} (from ${monday})`,
  },
} as const;

function joinNames(names: string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${words[language].and} ${names[names.length - 1]}`;
}

/** The kind of mail that fits where the request stands: the answer the requester is waiting for. */
export function mailKindFor(status: SupportRequest['status']): MailKind {
  if (status === 'declined') return 'decline';
  if (status === 'deferred') return 'defer';
  if (status === 'done') return 'done';
  return 'confirm';
}

/** Every placeholder's text for this request, written in the requester's language. */
export function placeholderValues(
  request: SupportRequest,
  workspace: Pick<Workspace, 'people' | 'settings'>,
): PlaceholderValues {
  const language = request.requesterLanguage;
  const w = words[language];
  const personIds = [...new Set(request.assignments.map((a) => a.personId))];
  const names = personIds.map((id) => workspace.people.find((p) => p.id === id)?.name ?? '').filter(Boolean);
  const week = request.deferredTo
    ? w.week(Number(request.deferredTo.slice(6)), formatDate(weekDays(request.deferredTo)[0]!, language))
    : w.unknown;
  return {
    requester: request.requesterName,
    title: request.title,
    goal: request.goal || w.none,
    deliverable: request.deliverable || w.none,
    deadline: request.deadline ? formatDate(request.deadline, language) : w.none,
    hours: `${formatHours(request.estimatedHours, language)} ${w.hours}`,
    doneWhen: request.doneWhen || w.none,
    assignee: names.length > 0 ? joinNames(names, language) : w.unknown,
    reason: request.reason || w.none,
    week,
    organisation: workspace.settings.organisationName,
  };
}

/** The filled-in mail: pure template work, nothing is sent from here. */
export function draftFor(
  kind: MailKind,
  request: SupportRequest,
  workspace: Pick<Workspace, 'people' | 'settings'>,
): MailDraft {
  const language = request.requesterLanguage;
  const template = templateFor(workspace.settings.mailTemplates, language, kind);
  const values = placeholderValues(request, workspace);
  return {
    to: request.requesterEmail,
    // A subject is one line: a newline typed into a template would start a header of its own.
    subject: fillTemplate(template.subject, values)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim(),
    body: fillTemplate(template.body, values),
    language,
  };
}
