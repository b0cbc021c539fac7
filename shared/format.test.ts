import { describe, expect, it } from 'vitest';
import { formatDate, formatFixed, formatHours, formatMoney, formatMonth, parseDayMonthYear } from './format.ts';

describe('formatting for Dutch and English readers', () => {
  it('shows money the way each language writes it', () => {
    expect(formatMoney(123450, 'nl')).toBe('€ 1.234,50');
    expect(formatMoney(123450, 'en')).toBe('€1,234.50');
    expect(formatMoney(0, 'nl')).toBe('€ 0,00');
  });

  it('writes dates as dd-mm-jjjj in Dutch', () => {
    expect(formatDate('2026-04-27', 'nl')).toBe('27-04-2026');
    expect(formatDate('2026-04-27', 'en')).toBe('27/04/2026');
  });

  it('uses a decimal comma for hours in Dutch', () => {
    expect(formatHours(7.5, 'nl')).toBe('7,5');
    expect(formatHours(7.5, 'en')).toBe('7.5');
  });

  it('gives a column one decimal rule, with the same tie rule for negative figures', () => {
    expect(formatFixed(1455.1, 2, 'nl')).toBe('1.455,10');
    expect(formatFixed(1522.3107, 2, 'nl')).toBe('1.522,31');
    expect(formatFixed(1455.1, 2, 'en')).toBe('1,455.10');
    expect(formatFixed(-7.25, 1, 'nl')).toBe('-7,3');
    expect(formatFixed(7.25, 1, 'nl')).toBe('7,3');
  });

  it('reads typed dates and rejects impossible ones', () => {
    expect(parseDayMonthYear('1-3-2026')).toBe('2026-03-01');
    expect(parseDayMonthYear('31/12/2026')).toBe('2026-12-31');
    expect(parseDayMonthYear('31-02-2026')).toBeNull();
    expect(parseDayMonthYear('2026-03-01')).toBeNull();
  });

  it('names months in the language of the reader', () => {
    expect(formatMonth('2026-11', 'nl', 'long')).toBe('november 2026');
    expect(formatMonth('2026-11', 'en', 'long')).toBe('November 2026');
  });
});
