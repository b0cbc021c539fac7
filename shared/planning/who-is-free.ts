import { z } from 'zod';
import { isActiveOn } from '../people.ts';
import { idSchema, type IsoDate, type Person, type SupportRequest } from '../schemas/index.ts';

export const candidateSchema = z.object({
  personId: idSchema,
  spare: z.number(),
  /** Spare covers the hours asked for. */
  fits: z.boolean(),
  matchedSkills: z.array(z.string()),
  missingSkills: z.array(z.string()),
  /** Requests from the same requester this person worked on before: they know the person and the work. */
  helpedBefore: z.number().int(),
});
export type Candidate = z.infer<typeof candidateSchema>;

export type FreeQuery = {
  hours: number;
  from: IsoDate;
  to: IsoDate;
  skills: readonly string[];
  requesterName?: string;
};

function helpedCounts(requests: readonly SupportRequest[], requesterName: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  if (!requesterName) return counts;
  const who = requesterName.trim().toLowerCase();
  for (const request of requests) {
    if (request.requesterName.trim().toLowerCase() !== who) continue;
    for (const personId of new Set(request.assignments.map((a) => a.personId))) {
      counts.set(personId, (counts.get(personId) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Ranks people for a piece of work: first whoever has every skill asked for, then whoever has
 * room for all the hours, then the most spare hours, then who helped this requester before.
 * `spare` holds each person's net spare hours in the window (computed once for the whole team).
 */
export function rankCandidates(
  people: readonly Person[],
  spare: ReadonlyMap<string, number>,
  requests: readonly SupportRequest[],
  query: FreeQuery,
): Candidate[] {
  const helped = helpedCounts(requests, query.requesterName);
  const candidates = people
    .filter((p) => isActiveOn(p, query.from) || isActiveOn(p, query.to))
    .map((person): Candidate => {
      const have = new Set(person.skills);
      const personSpare = spare.get(person.id) ?? 0;
      return {
        personId: person.id,
        spare: personSpare,
        fits: personSpare >= query.hours,
        matchedSkills: query.skills.filter((s) => have.has(s)),
        missingSkills: query.skills.filter((s) => !have.has(s)),
        helpedBefore: helped.get(person.id) ?? 0,
      };
    });
  return candidates.sort(
    (a, b) =>
      a.missingSkills.length - b.missingSkills.length ||
      Number(b.fits) - Number(a.fits) ||
      b.spare - a.spare ||
      b.helpedBefore - a.helpedBefore ||
      a.personId.localeCompare(b.personId),
  );
}
