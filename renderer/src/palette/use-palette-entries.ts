import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { canEdit } from '../../../shared/contract/roles.ts';
import { isActiveOn } from '../../../shared/people.ts';
import { go } from '../app/intents.ts';
import { sections } from '../app/sections.ts';
import { describeChange } from '../pages/history/describe-entry.ts';
import { useCommand, useLanguage } from '../state/use-command.ts';
import { useSnapshot } from '../state/workspace-state.tsx';
import type { PaletteEntry } from './palette-filter.ts';

/** A palette entry with what choosing it does; `keepOpen` turns the query into the next step. */
export type PaletteItem = PaletteEntry & { run: () => void; keepOpen?: boolean };

type ActionId = 'newRequest' | 'logLeave' | 'newPlacement' | 'exportMonth';

/** Everything the palette offers, in the order of its groups: pages, actions, then the records by name. */
export function usePaletteEntries(setQuery: (query: string) => void): PaletteItem[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspace, today, history, session } = useSnapshot();
  const run = useCommand();
  // A viewer (a director on a team server) only reads the value dashboard: nothing else to go to or do.
  if (!canEdit(session ?? null)) {
    return [
      {
        id: 'page-value',
        group: 'pages',
        label: t('nav.value'),
        keywords: [t('palette.goTo', { page: t('nav.value') })],
        idle: true,
        run: () => go('value'),
      },
    ];
  }
  const person = new Map(workspace.people.map((p) => [p.id, p.name]));
  const client = new Map(workspace.clients.map((c) => [c.id, c.name]));
  const active = workspace.people
    .filter((p) => isActiveOn(p, today))
    .toSorted((a, b) => a.name.localeCompare(b.name, language));

  const pages: PaletteItem[] = sections.map((s) => ({
    id: `page-${s}`,
    group: 'pages',
    label: t(`nav.${s}`),
    keywords: [t('palette.goTo', { page: t(`nav.${s}`) })],
    idle: true,
    run: () => go(s),
  }));
  const action = (id: ActionId, run: () => void, extra: Partial<PaletteItem> = {}): PaletteItem => ({
    id: `action-${id}`,
    group: 'actions',
    label: t(`palette.actions.${id}`),
    keywords: [t(`palette.keywords.${id}`)],
    idle: true,
    run,
    ...extra,
  });
  const undo = async () => {
    const failure = await run((api) => api.undo({}));
    if (!failure) notifications.show({ color: 'blue', message: t('undo.done') });
  };
  const actions: PaletteItem[] = [
    action('newRequest', () => go('requests', { kind: 'newRequest' })),
    action('logLeave', () => setQuery(t('palette.actions.leaveQuery')), {
      idle: false,
      idleOnly: true,
      keepOpen: true,
    }),
    ...active.map((p) => ({
      id: `leave-${p.id}`,
      group: 'actions' as const,
      label: t('palette.actions.logLeaveFor', { name: p.name }),
      keywords: [t('palette.keywords.logLeave')],
      run: () => go('team', { kind: 'logLeave', personId: p.id }),
    })),
    action('newPlacement', () => go('placements', { kind: 'newPlacement' })),
    action('exportMonth', () => go('value', { kind: 'exportMonth' })),
    ...(history.undo
      ? [
          {
            id: 'action-undo',
            group: 'actions' as const,
            label: t('palette.actions.undo', { what: describeChange(history.undo, t, language) }),
            keywords: [t('undo.label'), t('palette.keywords.undo')],
            idle: true,
            run: () => void undo(),
          },
        ]
      : []),
  ];
  const people: PaletteItem[] = workspace.people.map((p) => ({
    id: `person-${p.id}`,
    group: 'people',
    label: p.name,
    description:
      isActiveOn(p, today) || p.activeFrom > today ? t('palette.describe.person') : t('palette.describe.inactive'),
    keywords: p.skills,
    run: () => go('team', { kind: 'person', id: p.id }),
  }));
  // Open work first: it is what a lead looks for; finished requests still come up by name.
  const requests: PaletteItem[] = workspace.requests
    .toSorted(
      (a, b) => Number(a.closedOn !== null) - Number(b.closedOn !== null) || b.createdOn.localeCompare(a.createdOn),
    )
    .map((r) => ({
      id: `request-${r.id}`,
      group: 'requests',
      label: r.title,
      description: `${t(`requests.status.${r.status}`)} · ${r.requesterName}${r.department ? `, ${r.department}` : ''}`,
      run: () => go('requests', { kind: 'request', id: r.id }),
    }));
  const placements: PaletteItem[] = workspace.placements.map((p) => ({
    id: `placement-${p.id}`,
    group: 'placements',
    label: t('today.placementLine', { person: person.get(p.personId) ?? '', client: client.get(p.clientId) ?? '' }),
    description: t(`placements.status.${p.status}`),
    run: () => go('placements', { kind: 'placement', id: p.id }),
  }));
  const clients: PaletteItem[] = workspace.clients.map((c) => ({
    id: `client-${c.id}`,
    group: 'clients',
    label: c.name,
    description: t('palette.describe.client'),
    run: () => go('placements', { kind: 'client', id: c.id }),
  }));
  return [...pages, ...actions, ...people, ...requests, ...placements, ...clients];
}
