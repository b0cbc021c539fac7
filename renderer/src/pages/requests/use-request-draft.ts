import { useState } from 'react';
import { emptyRequestValues, isBlank, loadDraft, storeDraft, type RequestFormValues } from './request-form-model.ts';

/**
 * The new-request draft, kept above the form so closing the form never loses it, and in
 * sessionStorage so a reload (or a visit to another section) does not either.
 */
export function useRequestDraft(today: string) {
  const [draft, setDraft] = useState<RequestFormValues | null>(() => loadDraft(today));
  // Bumped on discard so the form remounts with empty fields.
  const [generation, setGeneration] = useState(0);
  const keep = (values: RequestFormValues) => {
    const next = isBlank(values, today) ? null : values;
    setDraft(next);
    storeDraft(next);
  };
  const discard = () => {
    setDraft(null);
    storeDraft(null);
    setGeneration((g) => g + 1);
  };
  return { draft, values: draft ?? emptyRequestValues(today), keep, discard, generation };
}
