import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityCell } from '../../../../shared/capacity/index.ts';
import { formatHours } from '../../../../shared/format.ts';
import { roundHalfAway } from '../../../../shared/rounding.ts';
import type { Language } from '../../../../shared/schemas/index.ts';
import { useLanguage } from '../../state/use-command.ts';
import { bandColours, cellBand } from './cell-colour.ts';
import type { CapacityView } from './use-capacity-view.ts';

const NAME_WIDTH = 200;
const CELL_WIDTH = 58;
const ROW_HEIGHT = 32;

type Props = {
  view: CapacityView;
  includeProposed: boolean;
  onOpenCell: (personId: string, week: string) => void;
};

// Ties away from zero: −7,25 reads −7,3 like 7,25 reads 7,3.
const round = (hours: number) => roundHalfAway(hours, 1);

function Cell({ cell, spare, label, thisWeek, language, onClick }: { cell: CapacityCell; spare: number; label?: string; thisWeek: boolean; language: Language; onClick?: () => void }) {
  const colours = bandColours[cellBand(cell, spare)];
  const style: CSSProperties = {
    ...colours,
    width: CELL_WIDTH,
    flex: `0 0 ${CELL_WIDTH}px`,
    height: ROW_HEIGHT,
    border: 'none',
    borderRight: '1px solid #fff',
    outline: thisWeek ? '2px solid #1c7ed6' : undefined,
    outlineOffset: -2,
    font: 'inherit',
    fontSize: 13,
    fontVariantNumeric: 'tabular-nums',
    cursor: onClick ? 'pointer' : 'default',
  };
  const text = formatHours(round(spare), language);
  if (!onClick) return <div style={{ ...style, display: 'grid', placeItems: 'center', fontWeight: 600 }}>{text}</div>;
  return (
    <button type="button" style={style} onClick={onClick} aria-label={label} data-testid="capacity-cell">
      {text}
    </button>
  );
}

/** Rows are virtualised so 2,000 people × 52 weeks renders only what is on screen. */
export function CapacityGrid({ view, includeProposed, onOpenCell }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: view.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const width = NAME_WIDTH + view.weeks.length * CELL_WIDTH;
  const spareOf = (cell: CapacityCell) => (includeProposed ? cell.spareIfProposed : cell.spare);

  useEffect(() => {
    // Read by the render benchmark: the grid is on screen once this effect runs.
    performance.mark('capacity-grid-rendered');
  }, [view]);

  const nameCell: CSSProperties = { position: 'sticky', left: 0, zIndex: 1, width: NAME_WIDTH, flex: `0 0 ${NAME_WIDTH}px`, background: 'var(--mantine-color-body)', padding: '0 8px', display: 'flex', alignItems: 'center', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontSize: 14 };

  return (
    <div ref={scroller} style={{ overflow: 'auto', height: 'calc(100vh - 290px)', minHeight: 240, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }} data-testid="capacity-grid" role="grid" aria-rowcount={view.rows.length + 2}>
      <div style={{ position: 'sticky', top: 0, zIndex: 2, width, background: 'var(--mantine-color-body)' }}>
        <div style={{ display: 'flex', height: ROW_HEIGHT, borderBottom: '1px solid var(--mantine-color-gray-3)' }} role="row">
          <div style={{ ...nameCell, fontWeight: 600 }} role="columnheader">
            {t('capacity.person')}
          </div>
          {view.weeks.map((week) => (
            <div key={week} role="columnheader" data-testid="capacity-week" data-week={week} style={{ width: CELL_WIDTH, flex: `0 0 ${CELL_WIDTH}px`, display: 'grid', placeItems: 'center', fontSize: 12, fontWeight: week === view.thisWeek ? 700 : 500, color: week === view.thisWeek ? '#1c7ed6' : undefined }}>
              {t('capacity.week', { week: Number(week.slice(6)) })}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', borderBottom: '2px solid var(--mantine-color-gray-4)' }} role="row" data-testid="capacity-total-row">
          <div style={{ ...nameCell, fontWeight: 700 }}>{t('capacity.total')}</div>
          {view.grid.totals.map((cell, i) => (
            <Cell key={view.weeks[i]} cell={cell} spare={spareOf(cell)} thisWeek={view.weeks[i] === view.thisWeek} language={language} />
          ))}
        </div>
      </div>
      {view.rows.length === 0 ? (
        <Text c="dimmed" p="md">
          {t('capacity.noPeople')}
        </Text>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), width, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = view.rows[item.index]!;
            const name = view.people.get(row.personId)?.name ?? row.personId;
            return (
              <div key={row.personId} role="row" data-testid="capacity-row" data-person-id={row.personId} style={{ position: 'absolute', top: 0, left: 0, width, height: ROW_HEIGHT, transform: `translateY(${item.start}px)`, display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                <div style={nameCell} role="rowheader" title={name}>
                  {name}
                </div>
                {row.cells.map((cell, i) => {
                  const week = view.weeks[i]!;
                  const spare = spareOf(cell);
                  return (
                    <Cell
                      key={week}
                      cell={cell}
                      spare={spare}
                      thisWeek={week === view.thisWeek}
                      language={language}
                      label={t('capacity.cellLabel', { name, week: Number(week.slice(6)), spare: formatHours(round(spare), language) })}
                      onClick={() => onOpenCell(row.personId, week)}
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
}
