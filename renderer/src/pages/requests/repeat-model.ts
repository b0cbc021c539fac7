import type { TFunction } from 'i18next';
import type { CreateSeriesInput } from '../../../../shared/contract/series-ops.ts';
import { formatDate } from '../../../../shared/format.ts';
import { leadDaysOf } from '../../../../shared/requests/index.ts';
import type { Language, RecurrenceRule } from '../../../../shared/schemas/index.ts';
import { createInput, type RequestFormValues } from './request-form-model.ts';

const whole = (value: number | string, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;

/** The rule the form describes, starting at the deadline; null while it does not repeat or is incomplete. */
export function ruleFromValues(v: RequestFormValues): RecurrenceRule | null {
  if (v.repeat === 'none' || v.loggedAfterTheFact || !v.deadline) return null;
  const until = v.repeatUntil !== null && v.repeatUntil >= v.deadline ? v.repeatUntil : null;
  if (v.repeat === 'weekly') {
    const interval = whole(v.repeatInterval, 1, 52);
    return interval === null ? null : { kind: 'weekly', interval, start: v.deadline, until };
  }
  const day = whole(v.repeatDay, 1, 31);
  return day === null ? null : { kind: 'monthly', day, start: v.deadline, until };
}

/** What the form sends for a repeating request: its rule and the expectations each occurrence gets. */
export function seriesInput(v: RequestFormValues, rule: RecurrenceRule): CreateSeriesInput {
  const {
    title,
    requesterName,
    requesterEmail,
    requesterLanguage,
    department,
    clientId,
    goal,
    deliverable,
    skills,
    urgency,
    requesterSupplies,
    doneWhen,
    estimatedHours,
  } = createInput(v);
  return {
    rule,
    template: {
      title,
      requesterName,
      requesterEmail,
      requesterLanguage,
      department,
      clientId,
      goal,
      deliverable,
      skills,
      urgency,
      requesterSupplies,
      doneWhen,
      estimatedHours: estimatedHours as number,
      leadDays: leadDaysOf(v.windowFrom, v.deadline),
    },
  };
}

/** The repeat fields' own problems, added to the intake's. */
export function repeatErrors(v: RequestFormValues, t: TFunction): Record<string, string> {
  if (v.repeat === 'none' || v.loggedAfterTheFact) return {};
  const errors: Record<string, string> = {};
  if (v.repeat === 'weekly' && whole(v.repeatInterval, 1, 52) === null) errors.repeatInterval = t('errors.generic');
  if (v.repeat === 'monthly' && whole(v.repeatDay, 1, 31) === null) errors.repeatDay = t('errors.generic');
  if (v.repeatUntil !== null && v.deadline !== null && v.repeatUntil < v.deadline)
    errors.repeatUntil = t('series.errors.untilBeforeStart');
  return errors;
}

function weekday(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The rule in words: "Om de 2 weken op vrijdag, tot en met 31-03-2027". */
export function describeRule(rule: RecurrenceRule, t: TFunction, language: Language): string {
  const repeats =
    rule.kind === 'monthly'
      ? t('series.describe.monthly', { day: rule.day })
      : rule.interval === 1
        ? t('series.describe.weekly', { weekday: weekday(rule.start, language) })
        : t('series.describe.everyN', { count: rule.interval, weekday: weekday(rule.start, language) });
  return rule.until ? `${repeats}, ${t('series.describe.until', { date: formatDate(rule.until, language) })}` : repeats;
}
