import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDayMonthYear } from '../../../shared/format.ts';

/** Dates are typed and shown as dd-mm-jjjj, and stored as YYYY-MM-DD strings. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD-MM-YYYY" dateParser={(text) => parseDayMonthYear(text)} placeholder="dd-mm-jjjj" {...props} />;
}
