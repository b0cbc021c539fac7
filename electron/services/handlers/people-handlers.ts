import { DomainError } from '../../../shared/contract/errors.ts';
import type { peopleOperations } from '../../../shared/contract/people-ops.ts';
import type { Person } from '../../../shared/schemas/index.ts';
import { addTo, findIn, replaceIn } from './collections.ts';
import { change, type HandlersFor } from './context.ts';

/** Sorted contracts keep "the contract in force on a date" a simple scan; two on one date would be ambiguous. */
function normalise<T extends Pick<Person, 'contracts' | 'skills'>>(person: T): T {
  const contracts = [...person.contracts].sort((a, b) => a.from.localeCompare(b.from));
  contracts.forEach((c, i) => {
    if (i > 0 && contracts[i - 1]?.from === c.from) {
      throw new DomainError('invalid_input', `contracts: two contracts start on ${c.from}`, 'contracts', {
        reason: 'same_start_contracts',
        params: { date: c.from },
      });
    }
  });
  return { ...person, contracts, skills: [...new Set(person.skills)] };
}

export const peopleHandlers = {
  addPerson: (input, ctx) =>
    change(ctx, (workspace) => {
      addTo(workspace, 'people', 'p', normalise(input));
    }),

  updatePerson: (input, ctx) =>
    change(ctx, (workspace) => {
      replaceIn(workspace, 'people', normalise(input));
    }),

  deactivatePerson: ({ id, to }, ctx) =>
    change(ctx, (workspace) => {
      const person = findIn(workspace, 'people', id);
      if (to < person.activeFrom) {
        throw new DomainError(
          'invalid_input',
          `to: the last day cannot be before the start (${person.activeFrom})`,
          'to',
          { reason: 'end_before_start', params: { date: person.activeFrom } },
        );
      }
      person.activeTo = to;
    }),

  reactivatePerson: ({ id }, ctx) =>
    change(ctx, (workspace) => {
      findIn(workspace, 'people', id).activeTo = null;
    }),
} satisfies HandlersFor<typeof peopleOperations>;
