import { addWeeks, weekDays, type CapacityGrid } from '../capacity/index.ts';
import { isActiveOn } from '../people.ts';
import type { CoverDismissal, IsoWeek, Workspace } from '../schemas/index.ts';
import { absenceReason, type CoverageGap, type CoverageReason } from './coverage.ts';

/** One manager without cover over consecutive weeks: what the lead acts on, once rather than per week. */
export type CoverRun = {
  supported: string;
  /** The first uncovered support line: the one a cover or a dismissal is recorded against. */
  structuralId: string;
  /** The usual secretaries who are away (a manager can have more than one). */
  secretaries: string[];
  reasons: CoverageReason[];
  weeks: IsoWeek[];
  /** Hours needed per week of `weeks`, net of the organisation's days off. */
  hours: number[];
  /** The lead's decision to set this run aside, or null while it is open. */
  dismissal: CoverDismissal | null;
};

export type CoverCandidate = {
  personId: string;
  isBackup: boolean;
  /** Spare hours in each week of the run, in the same order as the run's weeks. */
  spare: number[];
  /** The least spare of those weeks: what they can take on every week of the run. */
  minSpare: number;
  sharedSkills: number;
};

export type CoverShare = { personId: string; hours: number };

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function dismissalFor(dismissals: readonly CoverDismissal[], supported: string, week: IsoWeek): CoverDismissal | null {
  return dismissals.find((d) => d.supported === supported && d.from <= week && week <= d.to) ?? null;
}

/**
 * Week gaps grouped per manager and per run of consecutive weeks. Weeks the lead dismissed form
 * their own runs (per dismissal), so an open run never hides behind a dismissed one.
 */
export function groupCoverRuns(gaps: readonly CoverageGap[], dismissals: readonly CoverDismissal[]): CoverRun[] {
  type Week = { week: IsoWeek; gaps: CoverageGap[]; dismissal: CoverDismissal | null };
  const perManager = new Map<string, Map<IsoWeek, Week>>();
  for (const gap of gaps) {
    const weeks = perManager.get(gap.supported) ?? new Map<IsoWeek, Week>();
    perManager.set(gap.supported, weeks);
    const entry = weeks.get(gap.week) ?? {
      week: gap.week,
      gaps: [],
      dismissal: dismissalFor(dismissals, gap.supported, gap.week),
    };
    entry.gaps.push(gap);
    weeks.set(gap.week, entry);
  }
  const runs: CoverRun[] = [];
  for (const [supported, weeks] of perManager) {
    let current: CoverRun | null = null;
    for (const entry of [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week))) {
      const last = current?.weeks.at(-1);
      if (!current || !last || addWeeks(last, 1) !== entry.week || current.dismissal?.id !== entry.dismissal?.id) {
        current = {
          supported,
          structuralId: entry.gaps[0]!.structuralId,
          secretaries: [],
          reasons: [],
          weeks: [],
          hours: [],
          dismissal: entry.dismissal,
        };
        runs.push(current);
      }
      current.weeks.push(entry.week);
      current.hours.push(entry.gaps.reduce((sum, g) => sum + g.hours, 0));
      current.secretaries = unique([...current.secretaries, ...entry.gaps.map((g) => g.personId)]);
      current.reasons = unique([...current.reasons, ...entry.gaps.map((g) => g.reason)]);
    }
  }
  return runs.sort((a, b) => a.weeks[0]!.localeCompare(b.weeks[0]!) || a.supported.localeCompare(b.supported));
}

/**
 * Who could step in for a whole run: active and not away in any of its weeks, with room in every
 * week. The regular backup comes first, then people sharing the secretaries' skills, then the most room.
 */
export function coverCandidates(run: CoverRun, workspace: Workspace, grid: CapacityGrid): CoverCandidate[] {
  const people = new Map(workspace.people.map((p) => [p.id, p]));
  const positions = run.weeks.map((w) => grid.weeks.indexOf(w));
  if (positions.some((p) => p < 0)) return [];
  const backups = new Set(
    workspace.structural
      .filter((l) => l.supported === run.supported && l.backupPersonId !== null)
      .map((l) => l.backupPersonId!),
  );
  const skills = new Set(run.secretaries.flatMap((id) => people.get(id)?.skills ?? []));
  const mondays = run.weeks.map((w) => weekDays(w)[0]!);
  const candidates: CoverCandidate[] = [];
  for (const row of grid.rows) {
    const person = people.get(row.personId);
    if (!person || run.secretaries.includes(row.personId)) continue;
    const cells = positions.map((p) => row.cells[p]!);
    if (cells.some((c) => absenceReason(c) !== null) || !mondays.every((m) => isActiveOn(person, m))) continue;
    const spare = cells.map((c) => c.spare);
    const minSpare = Math.min(...spare);
    if (minSpare <= 0) continue;
    candidates.push({
      personId: row.personId,
      isBackup: backups.has(row.personId),
      spare,
      minSpare,
      sharedSkills: person.skills.filter((s) => skills.has(s)).length,
    });
  }
  return candidates.sort(
    (a, b) => Number(b.isBackup) - Number(a.isBackup) || b.sharedSkills - a.sharedSkills || b.minSpare - a.minSpare,
  );
}

const quarterDown = (hours: number): number => Math.floor(hours * 4) / 4;
const quarterUp = (hours: number): number => Math.ceil(hours * 4 - 1e-9) / 4;

/** The hours per week a cover must give: the run's heaviest week, in the quarter hours the app books. */
export function weeklyNeed(run: CoverRun): number {
  return quarterUp(Math.max(...run.hours));
}

/**
 * A first proposal: one candidate with room for the whole need (the backup if they can), else the
 * need split over the two with the most room, the first taking as much as they can. Null when
 * even two together fall short.
 */
export function proposeCover(run: CoverRun, candidates: readonly CoverCandidate[]): CoverShare[] | null {
  const need = weeklyNeed(run);
  const single = candidates.find((c) => c.minSpare >= need);
  if (single) return [{ personId: single.personId, hours: need }];
  const [a, b] = candidates.toSorted((x, y) => y.minSpare - x.minSpare);
  if (!a || !b) return null;
  const first = quarterDown(a.minSpare);
  const second = need - first;
  return first > 0 && b.minSpare >= second
    ? [
        { personId: a.personId, hours: first },
        { personId: b.personId, hours: second },
      ]
    : null;
}
