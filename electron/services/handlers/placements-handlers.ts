import { DomainError } from '../../../shared/contract/errors.ts';
import type { placementsOperations } from '../../../shared/contract/placements-ops.ts';
import { isClosedMonth, lastDayOf, monthOf, sortedRates, withRateFrom } from '../../../shared/revenue/index.ts';
import type { IncomeEntry, Placement, Workspace } from '../../../shared/schemas/index.ts';
import { addTo, findIn, removeFrom, replaceIn, requirePerson } from './collections.ts';
import { change, type HandlersFor } from './context.ts';

type PlacementInput = Omit<Placement, 'id'>;

/** Sorted, one rate per date and one correction per month, so "the rate on a day" is never ambiguous. */
function checkPlacement<T extends PlacementInput>(workspace: Workspace, placement: T): T {
  requirePerson(workspace, placement.personId, 'personId');
  findIn(workspace, 'clients', placement.clientId, 'clientId');
  if (placement.status === 'ended' && placement.to === null) {
    throw new DomainError('invalid_input', 'to: an ended placement needs its last day', 'to', {
      reason: 'ended_needs_end',
      params: {},
    });
  }
  const rates = sortedRates(placement.rates);
  rates.forEach((r, i) => {
    if (i > 0 && rates[i - 1]?.from === r.from)
      throw new DomainError('invalid_input', `rates: two rates start on ${r.from}`, 'rates', {
        reason: 'same_start_rates',
        params: { date: r.from },
      });
  });
  const byMonth = new Map<string, number>();
  for (const c of placement.corrections) byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.hours);
  const corrections = [...byMonth]
    .filter(([, hours]) => hours !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, hours]) => ({ month, hours }));
  return { ...placement, rates, corrections };
}

function checkIncome(workspace: Workspace, entry: Omit<IncomeEntry, 'id'>): void {
  if (entry.clientId !== null) findIn(workspace, 'clients', entry.clientId, 'clientId');
}

/** An ended placement is one whose last day is behind us; one ending later keeps running until then. */
function statusFor(to: string | null, today: string): Placement['status'] {
  return to !== null && to < today ? 'ended' : 'confirmed';
}

function refuseProposed(placement: Placement, action: string): void {
  if (placement.status === 'proposed') {
    throw new DomainError('conflict', `status: a proposed placement cannot be ${action}; confirm it first`, 'status', {
      reason: 'confirm_first',
      params: {},
    });
  }
}

export const placementsHandlers = {
  addClient: (input, ctx) =>
    change(ctx, (workspace) => {
      if (workspace.clients.some((c) => c.name.toLocaleLowerCase() === input.name.toLocaleLowerCase())) {
        throw new DomainError('conflict', `name: there is already a client called ${input.name}`, 'name', {
          reason: 'client_exists',
          params: { name: input.name },
        });
      }
      addTo(workspace, 'clients', 'c', input);
    }),

  updateClient: (input, ctx) =>
    change(ctx, (workspace) => {
      if (
        workspace.clients.some(
          (c) => c.id !== input.id && c.name.toLocaleLowerCase() === input.name.toLocaleLowerCase(),
        )
      ) {
        throw new DomainError('conflict', `name: there is already a client called ${input.name}`, 'name', {
          reason: 'client_exists',
          params: { name: input.name },
        });
      }
      replaceIn(workspace, 'clients', input);
    }),

  removeClient: ({ id }, ctx) =>
    change(ctx, (workspace) => {
      findIn(workspace, 'clients', id);
      // Removing would orphan the history of who was placed where and who paid what.
      const placements = workspace.placements.filter((p) => p.clientId === id).length;
      if (placements > 0)
        throw new DomainError(
          'conflict',
          `id: the client has ${placements} placement(s); remove or move those first`,
          'id',
          { reason: 'client_has_placements', params: { count: placements } },
        );
      const income = workspace.income.filter((e) => e.clientId === id).length;
      if (income > 0)
        throw new DomainError('conflict', `id: ${income} income entries refer to the client`, 'id', {
          reason: 'client_has_income',
          params: { count: income },
        });
      const requests = workspace.requests.filter((r) => r.clientId === id).length;
      if (requests > 0)
        throw new DomainError('conflict', `id: ${requests} requests refer to the client`, 'id', {
          reason: 'client_has_requests',
          params: { count: requests },
        });
      removeFrom(workspace, 'clients', id);
    }),

  addPlacement: (input, ctx) =>
    change(ctx, (workspace) => {
      addTo(workspace, 'placements', 'pl', checkPlacement(workspace, input));
    }),

  updatePlacement: (input, ctx) =>
    change(ctx, (workspace) => {
      replaceIn(workspace, 'placements', checkPlacement(workspace, input));
    }),

  removePlacement: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'placements', id)),

  endPlacement: ({ id, to }, ctx) =>
    change(ctx, (workspace) => {
      const placement = findIn(workspace, 'placements', id);
      refuseProposed(placement, 'ended');
      if (to < placement.from)
        throw new DomainError(
          'invalid_input',
          `to: the last day cannot be before the start (${placement.from})`,
          'to',
          { reason: 'end_before_start', params: { date: placement.from } },
        );
      if (placement.to !== null && to > placement.to) {
        throw new DomainError(
          'invalid_input',
          `to: the placement already ends on ${placement.to}; extend it for a later end`,
          'to',
          { reason: 'already_ends', params: { date: placement.to } },
        );
      }
      placement.to = to;
      placement.status = statusFor(to, ctx.clock.today());
      // Corrections for months after the end no longer describe anything.
      placement.corrections = placement.corrections.filter((c) => c.month <= monthOf(to));
    }),

  extendPlacement: ({ id, to }, ctx) =>
    change(ctx, (workspace) => {
      const placement = findIn(workspace, 'placements', id);
      if (placement.to === null)
        throw new DomainError('conflict', 'to: the placement is already open-ended', 'to', {
          reason: 'already_open_ended',
          params: {},
        });
      if (to !== null && to <= placement.to) {
        throw new DomainError('invalid_input', `to: the new last day must be after ${placement.to}`, 'to', {
          reason: 'extend_after',
          params: { date: placement.to },
        });
      }
      placement.to = to;
      if (placement.status === 'ended') placement.status = statusFor(to, ctx.clock.today());
    }),

  changePlacementRate: ({ id, from, cents }, ctx) =>
    change(ctx, (workspace) => {
      const placement = findIn(workspace, 'placements', id);
      if (placement.to !== null && from > placement.to) {
        throw new DomainError('invalid_input', `from: the placement ends on ${placement.to}`, 'from', {
          reason: 'placement_ends',
          params: { date: placement.to },
        });
      }
      placement.rates = withRateFrom(placement.rates, from, cents);
    }),

  confirmPlacement: ({ id }, ctx) =>
    change(ctx, (workspace) => {
      const placement = findIn(workspace, 'placements', id);
      if (placement.status !== 'proposed')
        throw new DomainError('conflict', `status: the placement is already ${placement.status}`, 'status', {
          reason: 'placement_not_proposed',
          params: {},
        });
      placement.status = 'confirmed';
    }),

  correctPlacementMonth: ({ id, month, hours }, ctx) =>
    change(ctx, (workspace) => {
      const placement = findIn(workspace, 'placements', id);
      refuseProposed(placement, 'corrected');
      // The current month is still being worked: only its plan exists until it closes.
      if (!isClosedMonth(month, ctx.clock.today()))
        throw new DomainError('invalid_input', 'month: only past months can be corrected', 'month', {
          reason: 'month_not_closed',
          params: {},
        });
      if (lastDayOf(month) < placement.from || (placement.to !== null && monthOf(placement.to) < month)) {
        throw new DomainError('invalid_input', `month: the placement does not run in ${month}`, 'month', {
          reason: 'placement_not_in_month',
          params: { month },
        });
      }
      const others = placement.corrections.filter((c) => c.month !== month);
      placement.corrections =
        hours === 0 ? others : [...others, { month, hours }].sort((a, b) => a.month.localeCompare(b.month));
    }),

  addIncomeEntry: (input, ctx) =>
    change(ctx, (workspace) => {
      checkIncome(workspace, input);
      addTo(workspace, 'income', 'i', input);
    }),

  updateIncomeEntry: (input, ctx) =>
    change(ctx, (workspace) => {
      checkIncome(workspace, input);
      replaceIn(workspace, 'income', input);
    }),

  removeIncomeEntry: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'income', id)),

  addValueEntry: (input, ctx) => change(ctx, (workspace) => void addTo(workspace, 'value', 'v', input)),

  updateValueEntry: (input, ctx) => change(ctx, (workspace) => replaceIn(workspace, 'value', input)),

  removeValueEntry: ({ id }, ctx) => change(ctx, (workspace) => removeFrom(workspace, 'value', id)),
} satisfies HandlersFor<typeof placementsOperations>;
