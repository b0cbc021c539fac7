import { MAX_RANGE_MONTHS, rangeProblem } from '../../../shared/dashboard/index.ts';
import { DomainError } from '../../../shared/contract/errors.ts';
import type { reportOperations } from '../../../shared/contract/report-ops.ts';
import { exportMonthlyOverview } from '../export/monthly-export.ts';
import { fileBase } from '../export/labels.ts';
import { requirePerson } from './collections.ts';
import { change, type HandlersFor } from './context.ts';

function checkRange(first: string, last: string): void {
  const problem = rangeProblem(first, last);
  if (problem === 'order')
    throw new DomainError('invalid_input', 'lastMonth: the last month lies before the first', 'lastMonth', {
      reason: 'range_order',
      params: {},
    });
  if (problem === 'tooLong')
    throw new DomainError('invalid_input', `lastMonth: a range holds at most ${MAX_RANGE_MONTHS} months`, 'lastMonth', {
      reason: 'range_too_long',
      params: { max: MAX_RANGE_MONTHS },
    });
}

export const reportHandlers = {
  setMonthCommentary: (input, ctx) =>
    change(ctx, (workspace) => {
      const text = input.text.trim();
      if (text === '') delete workspace.monthNotes[input.month];
      else workspace.monthNotes[input.month] = text;
    }),

  exportMonthlyOverview: async (input, ctx) => {
    const { workspace, preferences } = ctx.store.document();
    if (input.personId) requirePerson(workspace, input.personId, 'personId');
    if (input.lastMonth) checkRange(input.month, input.lastMonth);
    if (input.format !== 'pdf') {
      return {
        files: await exportMonthlyOverview(workspace, ctx.clock.today(), preferences.language, {
          ...input,
          format: input.format,
        }),
      };
    }
    // Only Electron can print a page to PDF; the web host has no such capability and the renderer
    // opens the print page in the browser instead.
    if (!ctx.printToPdf)
      throw new DomainError(
        'conflict',
        'format: PDF is made by the desktop app; open the print page instead',
        'format',
        { reason: 'pdf_desktop_only', params: {} },
      );
    const span = input.lastMonth && input.lastMonth !== input.month ? `..${input.lastMonth}` : '';
    const route = `#/report/${input.month}${span}${input.personId ? `/${input.personId}` : ''}`;
    const pdf = await ctx.printToPdf(route);
    const person = input.personId ? workspace.people.find((p) => p.id === input.personId)?.name : undefined;
    const name = `${fileBase(preferences.language, input.month, person, input.lastMonth)}.pdf`;
    return { files: [{ name, mimeType: 'application/pdf', base64: pdf.toString('base64') }] };
  },
} satisfies HandlersFor<typeof reportOperations>;
