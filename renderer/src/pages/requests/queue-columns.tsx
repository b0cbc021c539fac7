import { Badge } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { formatDate } from '../../../../shared/format.ts';
import type { QueueRow } from '../../../../shared/requests/index.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import { statusColour, statusOrder } from './status-style.ts';

const column = createColumnHelper<QueueRow>();

// Plain spans rather than Mantine Text/Group in cells: a sort re-renders every visible cell, and
// at 10,000 rows the interaction budget is better spent on the sort than on component overhead.
const line: CSSProperties = {
  display: 'block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  fontSize: 14,
};
const dim: CSSProperties = { ...line, fontSize: 12, color: 'var(--mantine-color-dimmed)' };
const row: CSSProperties = { display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 };
const number: CSSProperties = { ...line, textAlign: 'right', fontVariantNumeric: 'tabular-nums' };

/**
 * The queue's columns. Each sorts on a plain value (lower-cased text, ISO date, number), which
 * flatSortedRowModel compares directly; no per-comparison work such as collation or regexes.
 */
export function queueColumns(t: TFunction, language: Language) {
  // One formatter per language, not one per cell: constructing Intl formats is what makes a render slow.
  const hours = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  return [
    column.accessor((r) => r.request.title.toLocaleLowerCase(), {
      id: 'title',
      header: t('requests.columns.title'),
      cell: ({ row: { original: r } }) => (
        <span style={row}>
          <span style={{ ...line, fontWeight: 500 }}>{r.request.title}</span>
          {r.request.seriesId !== undefined && (
            <span
              role="img"
              aria-label={t('series.indicatorShort')}
              title={t('series.indicatorShort')}
              style={{ flexShrink: 0, color: 'var(--mantine-color-blue-7)' }}
              data-testid="request-series-indicator"
            >
              ↻
            </span>
          )}
          {r.request.urgency === 'high' && (
            <Badge size="xs" color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
              {t('requests.urgency.high')}
            </Badge>
          )}
        </span>
      ),
    }),
    column.accessor((r) => r.request.requesterName.toLocaleLowerCase(), {
      id: 'requester',
      header: t('requests.columns.requester'),
      cell: ({ row: { original: r } }) => (
        <>
          <span style={line}>{r.request.requesterName}</span>
          <span style={dim}>{r.group}</span>
        </>
      ),
    }),
    column.accessor((r) => statusOrder[r.request.status], {
      id: 'status',
      header: t('requests.columns.status'),
      cell: ({ row: { original: r } }) => (
        <Badge color={statusColour[r.request.status]} variant="light" tt="none" data-testid="request-status">
          {t(`requests.status.${r.request.status}`)}
          {r.request.deferredTo ? ` · ${t('requests.weekShort', { week: Number(r.request.deferredTo.slice(6)) })}` : ''}
        </Badge>
      ),
    }),
    column.accessor((r) => r.request.deadline ?? '9999-12-31', {
      id: 'deadline',
      header: t('requests.columns.deadline'),
      cell: ({ row: { original: r } }) => (
        <span style={row}>
          <span
            style={{
              ...line,
              color: r.overdue ? 'var(--mantine-color-red-8)' : undefined,
              fontWeight: r.overdue ? 600 : undefined,
            }}
          >
            {r.request.deadline ? formatDate(r.request.deadline, language) : '—'}
          </span>
          {r.overdue && (
            <Badge size="xs" color="red" tt="none" style={{ flexShrink: 0 }} data-testid="request-flag-overdue">
              {t('requests.flags.overdue')}
            </Badge>
          )}
          {r.closeToDeadline && (
            <Badge size="xs" color="orange" tt="none" style={{ flexShrink: 0 }} data-testid="request-flag-close">
              {t('requests.flags.close')}
            </Badge>
          )}
        </span>
      ),
    }),
    column.accessor((r) => r.request.actualHours ?? r.request.estimatedHours, {
      id: 'hours',
      header: t('requests.columns.hours'),
      cell: ({ row: { original: r } }) => (
        <span style={number}>
          {r.request.actualHours !== null
            ? `✓ ${hours.format(r.request.actualHours)}`
            : hours.format(r.request.estimatedHours)}
        </span>
      ),
    }),
    column.accessor((r) => r.assignees.toLocaleLowerCase(), {
      id: 'assignee',
      header: t('requests.columns.assignee'),
      cell: ({ row: { original: r } }) => <span style={line}>{r.assignees || '—'}</span>,
    }),
    column.accessor((r) => r.age, {
      id: 'age',
      header: t('requests.columns.age'),
      cell: ({ row: { original: r } }) => (
        <span style={{ ...number, color: 'var(--mantine-color-dimmed)' }}>{t('requests.age', { count: r.age })}</span>
      ),
    }),
  ];
}

/** Widths per column id, as a CSS grid template shared by the header and every row. */
export const gridTemplate = 'minmax(200px, 2.4fr) minmax(150px, 1.5fr) 190px 170px 70px minmax(120px, 1.3fr) 84px';
