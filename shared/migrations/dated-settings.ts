type RawDocument = Record<string, unknown>;

/** The date of a step that holds from the start; the same as FROM_THE_START in schemas/settings.ts, frozen here because a released step must never change. */
const FROM_THE_START = '1900-01-01';

/**
 * Version 1 → 2: the settings that value past months become dated steps, each holding from the
 * start, so every figure computes exactly as before; and the workspace gets its (empty) list of
 * closed months.
 */
export function datedSettings(doc: RawDocument): RawDocument {
  const workspace = doc.workspace as RawDocument;
  const { internalRateCents, shadowRateCents, annualRevenueTargetCents, holidaysOff, liberationDay, ...rest } =
    workspace.settings as RawDocument;
  const settings = {
    ...rest,
    internalRates: [{ from: FROM_THE_START, cents: internalRateCents }],
    shadowRates: [{ from: FROM_THE_START, cents: shadowRateCents }],
    revenueTargets: [{ from: FROM_THE_START, cents: annualRevenueTargetCents ?? null }],
    holidayRules: [{ from: FROM_THE_START, holidaysOff, liberationDay }],
  };
  return { ...doc, workspace: { ...workspace, settings, closedMonths: [] } };
}
