import { z } from 'zod';
import {
  clientKindSchema,
  clientSchema,
  hoursSchema,
  idSchema,
  incomeKindSchema,
  isoDateSchema,
  nameSchema,
  type Client,
  type IncomeEntry,
  type ValueEntry,
} from '../../../../shared/schemas/index.ts';
import { toCents, toEuros } from './money.ts';

/*
 * Forms edit euros (typed with the user's decimal separator) and show empty fields as '' or null;
 * the API takes whole cents and nulls. Each model maps one way and back.
 */
const euros = z.number().min(0).max(1e9);

export const clientFormSchema = z.object({
  name: nameSchema,
  kind: clientKindSchema,
  contactName: clientSchema.shape.contactName,
  contactEmail: clientSchema.shape.contactEmail,
  defaultRate: euros,
});
export type ClientFormValues = {
  name: string;
  kind: Client['kind'];
  contactName: string;
  contactEmail: string;
  defaultRate: number | string;
};

export function clientFormValues(client: Client | null): ClientFormValues {
  if (!client) return { name: '', kind: 'tenant', contactName: '', contactEmail: '', defaultRate: '' };
  return { ...client, defaultRate: toEuros(client.defaultRateCents) };
}

export function clientFromForm(values: z.output<typeof clientFormSchema>): Omit<Client, 'id'> {
  const { defaultRate, ...rest } = values;
  return { ...rest, defaultRateCents: toCents(defaultRate) };
}

export const incomeFormSchema = z.object({
  date: isoDateSchema,
  kind: incomeKindSchema,
  description: nameSchema,
  amount: euros,
  clientId: idSchema.nullable(),
});
export type IncomeFormValues = {
  date: string | null;
  kind: IncomeEntry['kind'];
  description: string;
  amount: number | string;
  clientId: string | null;
};

export function incomeFormValues(entry: IncomeEntry | null, today: string): IncomeFormValues {
  if (!entry) return { date: today, kind: 'sponsoring', description: '', amount: '', clientId: null };
  return { ...entry, amount: toEuros(entry.amountCents) };
}

export function incomeFromForm(values: z.output<typeof incomeFormSchema>): Omit<IncomeEntry, 'id'> {
  const { amount, ...rest } = values;
  return { ...rest, amountCents: toCents(amount) };
}

export const valueFormSchema = z.object({
  date: isoDateSchema,
  description: nameSchema,
  beneficiary: z.string().max(120),
  hours: hoursSchema,
});
export type ValueFormValues = { date: string | null; description: string; beneficiary: string; hours: number | string };

export function valueFormValues(entry: ValueEntry | null, today: string): ValueFormValues {
  return entry ?? { date: today, description: '', beneficiary: '', hours: '' };
}

/** Server fields that a form shows under another name. */
export const moneyField = (field: string, formName: string): string => (field.endsWith('Cents') ? formName : field);
