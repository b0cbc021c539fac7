import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bandOrder, type CapacityCell } from '../../../../shared/capacity/index.ts';
import { formatHours, formatMonth } from '../../../../shared/format.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import { useIdleAfter } from '../../app/use-idle-after.ts';
import { useLanguage } from '../../state/use-command.ts';
import { bandStyles, cellBand, type CellBand } from './cell-colour.ts';
import './capacity-grid.css';
import { moveInGrid, type GridPosition } from './grid-keys.ts';
import { monthSpans, weekMonth } from './month-band.ts';
import type { CapacityView } from './use-capacity-view.ts';

// The same sizes as .capacity-name, .capacity-cell and .capacity-row in capacity-grid.css.
const NAME_WIDTH = 200;
const CELL_WIDTH = 58;
const ROW_HEIGHT = 32;
const BAND_HEIGHT = 22;
/** The grid scrolls inside the window: its height is the window's less the page above it, and never below this. */
const SPACE_ABOVE = 290;
const MIN_HEIGHT = 240;
/*
 * Rows drawn beyond the visible ones, so a scroll finds them ready. The first frame draws only two:
 * at 500 people the ten of later frames were a third of the grid's cells and of its first layout.
 */
const FIRST_OVERSCAN = 2;
const OVERSCAN = 10;

type Props = {
  view: CapacityView;
  includeProposed: boolean;
  onOpenCell: (personId: string, week: string) => void;
};

// Ties away from zero: −7,25 reads −7,3 like 7,25 reads 7,3.
const round = (hours: number) => roundHalfAway(hours, 1);
const weekNumber = (week: string) => Number(week.slice(6));

type CellProps = {
  cell: CapacityCell;
  spare: number;
  base?: number;
  thisWeek: boolean;
  language: Language;
  label?: string;
  bandLabels?: Record<CellBand, string>;
  position?: GridPosition;
  focusable?: boolean;
  onOpen?: () => void;
};

function Cell({ cell, spare, base, thisWeek, language, label, bandLabels, position, focusable, onOpen }: CellProps) {
  const band = cellBand(cell, spare, base);
  const text = formatHours(round(spare), language);
  const marks = { style: bandStyles[band], 'data-this-week': thisWeek ? '' : undefined };
  if (!onOpen || !position || !bandLabels)
    return (
      <div role="gridcell" className="capacity-cell capacity-cell-total" {...marks}>
        {text}
      </div>
    );
  return (
    <div
      role="gridcell"
      className="capacity-cell"
      {...marks}
      tabIndex={focusable ? 0 : -1}
      onClick={onOpen}
      aria-label={`${label ?? text}, ${bandLabels[band]}`}
      data-testid="capacity-cell"
      data-band={band}
      data-row={position.row}
      data-col={position.col}
      aria-haspopup="dialog"
    >
      {text}
    </div>
  );
}

/**
 * The cell label's sentence and the bands' names, resolved once per render: asking i18next for
 * them in every one of hundreds of cells was most of the grid's drawing time.
 */
function useCellLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const template = t('capacity.cellLabel', { name: '\uE001', week: '\uE002', spare: '\uE003' });
    const bandLabels = Object.fromEntries(bandOrder.map((band) => [band, t(`capacity.legend.${band}`)])) as Record<
      CellBand,
      string
    >;
    // Markers from the private-use area, which no text holds. Split once at them (each language
    // orders them its own way), then joined per cell: three replace calls per cell showed as 3 %
    // of the first screen's rendering in a profile.
    const parts = template.split(/([\uE001-\uE003])/);
    const cellLabel = (name: string, week: number, spare: string) => {
      let label = '';
      for (const part of parts)
        label += part === '\uE001' ? name : part === '\uE002' ? String(week) : part === '\uE003' ? spare : part;
      return label;
    };
    return { bandLabels, cellLabel };
  }, [t]);
}

/**
 * Rows are virtualised so 2,000 people × 52 weeks renders only what is on screen. The grid is one tab
 * stop (the ARIA grid pattern): the arrows, Home/End and Page Up/Down move the focus between cells,
 * Enter or Space opens the cell's breakdown, and the drawer gives the focus back when it closes.
 */
export const CapacityGrid = memo(function CapacityGrid({ view, includeProposed, onOpenCell }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useCellLabels();
  const scroller = useRef<HTMLDivElement>(null);
  const drawnOnce = useIdleAfter(true);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: Math.max(0, view.weeks.indexOf(view.thisWeek)) });
  const virtualizer = useVirtualizer({
    count: view.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: drawnOnce ? OVERSCAN : FIRST_OVERSCAN,
    // The scroller's height follows from the window's, so the first render already draws the rows
    // that fit; measured first, the grid was drawn twice at start (a few rows, then the rest).
    initialRect: { width: window.innerWidth, height: Math.max(MIN_HEIGHT, window.innerHeight - SPACE_ABOVE) },
  });
  const width = NAME_WIDTH + view.weeks.length * CELL_WIDTH;
  const spareOf = (cell: CapacityCell) => (includeProposed ? cell.spareIfProposed : cell.spare);
  // Kept inside the grid when rows are filtered away or the range shrinks.
  const at = {
    row: Math.min(active.row, Math.max(0, view.rows.length - 1)),
    col: Math.min(active.col, view.weeks.length - 1),
  };
  // While the remembered row is scrolled out of the drawn window, the first drawn row keeps the tab stop.
  const drawn = virtualizer.getVirtualItems();
  const tabRow = drawn.some((item) => item.index === at.row) ? at.row : (drawn[0]?.index ?? 0);

  useEffect(() => {
    // Read by the render benchmark: the grid is on screen once this effect runs.
    performance.mark('capacity-grid-rendered');
  }, [view]);

  // Where the focus is on its way to: keys pressed before it lands (a held arrow key repeats
  // faster than a frame) move on from there instead of from the cell that still has the focus.
  const moving = useRef<GridPosition | null>(null);
  const focusCell = (next: GridPosition) => {
    moving.current = next;
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
    // The row may only be drawn after the scroll; look for it on the next frames.
    let tries = 0;
    const attempt = () => {
      const cell = scroller.current?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`);
      if (cell) {
        if (moving.current === next) moving.current = null;
        cell.focus();
        cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      } else if (tries++ < 10) requestAnimationFrame(attempt);
      else if (moving.current === next) moving.current = null;
    };
    requestAnimationFrame(attempt);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined) return;
    const from = moving.current ?? { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = view.rows[from.row];
      if (row) onOpenCell(row.personId, view.weeks[from.col]!);
      return;
    }
    const next = moveInGrid(from, event.key, event.ctrlKey || event.metaKey, view.rows.length, view.weeks.length);
    if (!next) return;
    event.preventDefault();
    focusCell(next);
  };

  return (
    <div
      ref={scroller}
      className="capacity-grid"
      style={{ height: `calc(100vh - ${SPACE_ABOVE}px)`, minHeight: MIN_HEIGHT }}
      data-testid="capacity-grid"
      role="grid"
      aria-label={t('capacity.gridLabel')}
      aria-rowcount={view.rows.length + 2}
      aria-colcount={view.weeks.length + 1}
      onKeyDown={onKeyDown}
    >
      <div className="capacity-grid-head" style={{ width }} role="rowgroup">
        {/* Month and year above the week numbers; each week's header also says its month to a screen reader. */}
        <div style={{ display: 'flex', height: BAND_HEIGHT }} aria-hidden="true" data-testid="capacity-month-band">
          <div className="capacity-name" style={{ height: BAND_HEIGHT }} />
          {monthSpans(view.weeks).map((span) => (
            <div
              key={span.month}
              style={{
                width: span.weeks * CELL_WIDTH,
                flex: `0 0 ${span.weeks * CELL_WIDTH}px`,
                fontSize: 12,
                fontWeight: 600,
                padding: '0 6px',
                borderLeft: '1px solid var(--mantine-color-gray-4)',
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                color: 'var(--mantine-color-gray-7)',
                alignContent: 'center',
              }}
            >
              {/* A month with one week shown has room for its name only. */}
              {span.weeks > 1
                ? formatMonth(span.month, language, 'short')
                : formatMonth(span.month, language, 'short').split(' ')[0]}
            </div>
          ))}
        </div>
        <div
          style={{ display: 'flex', height: ROW_HEIGHT, borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          role="row"
          aria-rowindex={1}
        >
          <div className="capacity-name" style={{ fontWeight: 600 }} role="columnheader">
            {t('capacity.person')}
          </div>
          {view.weeks.map((week) => (
            <div
              key={week}
              role="columnheader"
              aria-label={t('capacity.weekHeader', {
                week: weekNumber(week),
                month: formatMonth(weekMonth(week), language, 'long'),
              })}
              data-testid="capacity-week"
              data-week={week}
              style={{
                width: CELL_WIDTH,
                flex: `0 0 ${CELL_WIDTH}px`,
                display: 'grid',
                placeItems: 'center',
                fontSize: 12,
                fontWeight: week === view.thisWeek ? 700 : 500,
                color: week === view.thisWeek ? 'var(--mantine-color-gray-9)' : undefined,
                textDecoration: week === view.thisWeek ? 'underline' : undefined,
              }}
            >
              {t('capacity.week', { week: weekNumber(week) })}
            </div>
          ))}
        </div>
        <div
          style={{ display: 'flex', borderBottom: '2px solid var(--mantine-color-gray-4)' }}
          role="row"
          aria-rowindex={2}
          data-testid="capacity-total-row"
        >
          <div className="capacity-name" style={{ fontWeight: 700 }} role="rowheader">
            {t('capacity.total')}
          </div>
          {view.grid.totals.map((cell, i) => (
            <Cell
              key={view.weeks[i]}
              cell={cell}
              spare={spareOf(cell)}
              base={cell.contract}
              thisWeek={view.weeks[i] === view.thisWeek}
              language={language}
            />
          ))}
        </div>
      </div>
      {view.rows.length === 0 ? (
        <Text c="dimmed" p="md">
          {t('capacity.noPeople')}
        </Text>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), width, position: 'relative' }} role="rowgroup">
          {drawn.map((item) => {
            const row = view.rows[item.index]!;
            const name = view.people.get(row.personId)?.name ?? row.personId;
            return (
              <div
                key={row.personId}
                role="row"
                aria-rowindex={item.index + 3}
                data-testid="capacity-row"
                data-person-id={row.personId}
                className="capacity-row"
                style={{ width, transform: `translateY(${item.start}px)` }}
              >
                <div className="capacity-name" role="rowheader" title={name}>
                  {name}
                </div>
                {row.cells.map((cell, i) => {
                  const week = view.weeks[i]!;
                  return (
                    <Cell
                      key={week}
                      cell={cell}
                      spare={spareOf(cell)}
                      thisWeek={week === view.thisWeek}
                      language={language}
                      position={{ row: item.index, col: i }}
                      label={labels.cellLabel(name, weekNumber(week), formatHours(round(spareOf(cell)), language))}
                      bandLabels={labels.bandLabels}
                      focusable={item.index === tabRow && i === at.col}
                      onOpen={() => {
                        setActive({ row: item.index, col: i });
                        onOpenCell(row.personId, week);
                      }}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
});
