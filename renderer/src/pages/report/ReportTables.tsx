import { formatDate, formatStyled } from '../../../../shared/format.ts';
import type { Cell, ReportTable } from '../../../../shared/report/index.ts';
import type { Language } from '../../../../shared/schemas/index.ts';

/** A cell as printed: the figure in its style, a date as the app writes it, nothing as a dash. */
export function cellText(cell: Cell, language: Language): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  if (cell.kind === 'date') return formatDate(String(cell.value), language);
  return formatStyled(Number(cell.value), cell.kind, language);
}

const isFigure = (cell: Cell | undefined) =>
  cell !== null && cell !== undefined && typeof cell !== 'string' && cell.kind !== 'date';

type Props = { table: ReportTable; language: Language; className?: string; avoidBreak?: boolean };

/**
 * One table of the overview's definition (shared/report/overview-definition.ts), the same rows and
 * words as the XLSX sheet and the CSV file of that name. Wide tables get a smaller type to fit A4.
 */
export function OverviewTable({ table, language, className, avoidBreak }: Props) {
  const all = [...table.rows, ...(table.total ? [table.total] : [])];
  const numeric = table.headers.map((_, i) => all.some((row) => isFigure(row.cells[i])));
  const cellClass = (i: number, cell: Cell) =>
    numeric[i] ? 'num' : cell !== null && typeof cell !== 'string' ? 'nowrap' : undefined;
  const classes = ['rp-table', avoidBreak ? 'rp-avoid' : '', table.headers.length > 8 ? 'rp-wide' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section className={['rp-section', className].filter(Boolean).join(' ')} data-testid={`report-${table.key}`}>
      <h2 className="rp-h2">{table.title}</h2>
      {table.rows.length === 0 && table.empty ? (
        <p>{table.empty}</p>
      ) : (
        <table className={classes}>
          <thead>
            <tr>
              {table.headers.map((header, i) => (
                <th key={i} className={numeric[i] ? 'num' : undefined}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {all.map((row, r) => (
              <tr
                key={r}
                className={row === table.total ? 'rp-total' : row.sub ? 'rp-sub' : undefined}
                data-testid={`report-${table.key}-row`}
              >
                {row.cells.map((cell, i) => (
                  <td
                    key={i}
                    className={cellClass(i, cell)}
                    data-testid={i === 1 && row.id ? `cover-${row.id}` : undefined}
                  >
                    {/* A total names only the columns it sums. */}
                    {row === table.total && cell === null ? '' : cellText(cell, language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
