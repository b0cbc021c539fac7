import { z } from 'zod';
import { titleFromSubject, type MailIntake } from '../../../../shared/mail/read-mail.ts';
import { emptyRequestValues, type RequestFormValues } from './request-form-model.ts';

const isAddress = (text: string) => z.email().safeParse(text).success;

/**
 * The new-request form as a mail fills it: who asked (From), what (Subject), their own words as the
 * goal (the body), and the day it came in. The rest (deliverable, deadline, hours, done-when) is for
 * the lead to agree with the requester, so it stays empty and required.
 */
export function valuesFromMail(mail: MailIntake, today: string): RequestFormValues {
  const address = isAddress(mail.fromAddress) ? mail.fromAddress : '';
  return {
    ...emptyRequestValues(today),
    requesterName: (mail.fromName || address.split('@')[0] || '').slice(0, 120),
    requesterEmail: address,
    title: titleFromSubject(mail.subject).slice(0, 120),
    goal: mail.body.slice(0, 4000),
    // A clock that runs ahead on the sender's side must not date the request in the future.
    receivedOn: mail.receivedOn === null ? null : mail.receivedOn > today ? today : mail.receivedOn,
  };
}
