import type { ParseKeys, TFunction } from 'i18next';
import type { z } from 'zod';
import {
  createRequestSchema,
  DEADLINE_BEFORE_WINDOW,
  intakeProblems,
  NEED_REQUESTER_UNIT,
  REQUIRED,
  updateRequestSchema,
} from '../../../../shared/requests/intake.ts';
import type { SupportRequest } from '../../../../shared/schemas/index.ts';
import { issueMessage } from '../../forms/zod-validate.ts';

export type Urgency = SupportRequest['urgency'];

export type RequestFormValues = {
  loggedAfterTheFact: boolean;
  requesterName: string;
  requesterEmail: string;
  requesterLanguage: SupportRequest['requesterLanguage'];
  department: string;
  clientId: string | null;
  title: string;
  goal: string;
  deliverable: string;
  windowFrom: string | null;
  deadline: string | null;
  estimatedHours: number | string;
  skills: string[];
  urgency: Urgency;
  requesterSupplies: string;
  doneWhen: string;
  doneBy: string | null;
  closedOn: string | null;
  actualHours: number | string;
  satisfaction: number | null;
  /** Set when the request was taken from a mail: the day that mail came in. */
  receivedOn: string | null;
  /** A new request may repeat (see repeat-model.ts); the deadline is then its first occurrence. */
  repeat: 'none' | 'weekly' | 'monthly';
  repeatInterval: number | string;
  repeatDay: number | string;
  repeatUntil: string | null;
};

export function emptyRequestValues(today: string): RequestFormValues {
  return {
    loggedAfterTheFact: false,
    requesterName: '',
    requesterEmail: '',
    requesterLanguage: 'nl',
    department: '',
    clientId: null,
    title: '',
    goal: '',
    deliverable: '',
    windowFrom: null,
    deadline: null,
    estimatedHours: '',
    skills: [],
    urgency: 'normal',
    requesterSupplies: '',
    doneWhen: '',
    doneBy: null,
    closedOn: today,
    actualHours: '',
    satisfaction: null,
    receivedOn: null,
    repeat: 'none',
    repeatInterval: 1,
    repeatDay: 1,
    repeatUntil: null,
  };
}

export function valuesFromRequest(request: SupportRequest, today: string): RequestFormValues {
  const {
    title,
    requesterName,
    requesterEmail,
    requesterLanguage,
    department,
    clientId,
    goal,
    deliverable,
    windowFrom,
    deadline,
    estimatedHours,
    urgency,
    requesterSupplies,
    doneWhen,
  } = request;
  return {
    ...emptyRequestValues(today),
    ...{
      title,
      requesterName,
      requesterEmail,
      requesterLanguage,
      department,
      clientId,
      goal,
      deliverable,
      windowFrom,
      deadline,
      estimatedHours,
      urgency,
      requesterSupplies,
      doneWhen,
    },
    skills: [...request.skills],
  };
}

/**
 * A new request like `request` (the monthly minutes again): the same requester and expectations,
 * without its dates, which belonged to the old occurrence and are asked for afresh.
 */
export function duplicateValues(request: SupportRequest, today: string): RequestFormValues {
  return { ...valuesFromRequest(request, today), windowFrom: null, deadline: null };
}

// An empty number box is "not filled in", which the schema reports as required.
const hours = (value: number | string): number | undefined => (typeof value === 'number' ? value : undefined);

const intakePart = (v: RequestFormValues) => ({
  title: v.title,
  requesterName: v.requesterName,
  requesterEmail: v.requesterEmail.trim(),
  requesterLanguage: v.requesterLanguage,
  department: v.department,
  clientId: v.clientId,
  goal: v.goal,
  deliverable: v.deliverable,
  windowFrom: v.windowFrom,
  deadline: v.deadline,
  skills: v.skills,
  urgency: v.urgency,
  requesterSupplies: v.requesterSupplies,
  doneWhen: v.doneWhen,
});

export function createInput(v: RequestFormValues) {
  if (!v.loggedAfterTheFact)
    return {
      ...intakePart(v),
      loggedAfterTheFact: false as const,
      estimatedHours: hours(v.estimatedHours),
      receivedOn: v.receivedOn,
    };
  return {
    ...intakePart(v),
    loggedAfterTheFact: true as const,
    estimatedHours: hours(v.estimatedHours) ?? 0,
    doneBy: v.doneBy,
    closedOn: v.closedOn,
    actualHours: hours(v.actualHours),
    satisfaction: v.satisfaction,
  };
}

export function updateInput(v: RequestFormValues, id: string) {
  return { ...intakePart(v), id, estimatedHours: hours(v.estimatedHours) };
}

const customMessages: Record<string, ParseKeys> = {
  [NEED_REQUESTER_UNIT]: 'requests.form.errors.departmentOrClient',
  [DEADLINE_BEFORE_WINDOW]: 'requests.form.errors.deadlineBeforeWindow',
  [REQUIRED]: 'errors.required',
};

function messageFor(issue: z.core.$ZodIssue, t: TFunction): string {
  const field = issue.path.map(String).join('.');
  if ((field === 'estimatedHours' || field === 'actualHours') && issue.code === 'custom')
    return t('requests.form.errors.hoursPositive');
  const key = customMessages[issue.message];
  return key ? t(key) : issueMessage(issue, t);
}

/**
 * The API's own schemas, so the form asks exactly what the boundary demands. Cross-field checks
 * run here as well because zod skips refinements while a plain field is still wrong, and the
 * user should see every problem at once.
 */
export function validateRequestForm(t: TFunction, editing: SupportRequest | null) {
  return (values: RequestFormValues): Record<string, string> => {
    // Editing an entry logged after the fact keeps its lighter rules; anything else is a full intake.
    const relaxed = editing?.loggedAfterTheFact === true;
    const result = relaxed
      ? updateRequestSchema.safeParse(updateInput(values, editing.id))
      : createRequestSchema.safeParse(
          editing ? { ...createInput(values), loggedAfterTheFact: false } : createInput(values),
        );
    const errors: Record<string, string> = {};
    for (const issue of result.error?.issues ?? []) errors[issue.path.map(String).join('.')] ??= messageFor(issue, t);
    for (const problem of intakeProblems(values))
      errors[problem.field] ??= t(customMessages[problem.message] ?? 'errors.generic');
    return errors;
  };
}

const DRAFT_KEY = 'secretariaat.requests.draft';

/** Nothing typed yet: no point in keeping it as a draft. */
export function isBlank(values: RequestFormValues, today: string): boolean {
  return JSON.stringify(values) === JSON.stringify(emptyRequestValues(today));
}

/** The draft from this browser session; an unreadable one is dropped rather than half-restored. */
export function loadDraft(today: string): RequestFormValues | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    return { ...emptyRequestValues(today), ...(parsed as Partial<RequestFormValues>) };
  } catch {
    return null;
  }
}

export function storeDraft(values: RequestFormValues | null): void {
  try {
    if (values === null) sessionStorage.removeItem(DRAFT_KEY);
    else sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the draft still lives in memory for this session.
  }
}
