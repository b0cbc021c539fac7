import type { Person, Placement } from '../schemas/index.ts';

export type NewPersonRecord = Omit<Person, 'id'>;
export type NewPlacementRecord = Omit<Placement, 'id'>;
