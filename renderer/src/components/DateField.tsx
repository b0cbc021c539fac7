import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDayMonthYear } from '../../../shared/format.ts';
import { useLanguage } from '../state/use-command.ts';

/** Dates are shown as the tables show them (dd-mm-jjjj in Dutch, dd/mm/yyyy in English), typed either way, and stored as YYYY-MM-DD. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const english = useLanguage() === 'en';
  const { t } = useTranslation();
  return (
    <DateInput
      // Mantine's clear button is an icon only: without a name a screen reader announces "button".
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      valueFormat={english ? 'DD/MM/YYYY' : 'DD-MM-YYYY'}
      dateParser={(text) => parseDayMonthYear(text)}
      placeholder={english ? 'dd/mm/yyyy' : 'dd-mm-jjjj'}
      {...props}
    />
  );
}
