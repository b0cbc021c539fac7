import { Drawer, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas/index.ts';
import { useSnapshot } from '../../state/workspace-state.tsx';
import { LeaveTab } from './LeaveTab.tsx';
import { ScheduleTab } from './ScheduleTab.tsx';
import { StructuralTab } from './StructuralTab.tsx';
import { useEscapeUnlessDialog, useModalAbove } from '../../components/use-modal-above.ts';

type Props = {
  personId: string | null;
  opened: boolean;
  onClose: () => void;
  onNewSchedule: (person: Person) => void;
  /** Opens on the leave tab with a new leave form. */
  addLeave?: boolean;
};

type TabKey = 'schedule' | 'structural' | 'leave';
const tabKeys: readonly TabKey[] = ['schedule', 'structural', 'leave'];

export function PersonDrawer({ personId, opened, onClose, onNewSchedule, addLeave = false }: Props) {
  const { t } = useTranslation();
  const modalAbove = useModalAbove();
  const snapshot = useSnapshot();
  const person = snapshot.workspace.people.find((p) => p.id === personId) ?? null;
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    onClose();
  };
  // While an inline form or a dialog is open, Escape belongs to it; the drawer closes on the next one.
  // Heard on the window: opened from the command palette, the focus is not inside the drawer yet.
  useEscapeUnlessDialog(opened && person !== null, editing || modalAbove, close);
  return (
    <Drawer.Root opened={opened && person !== null} onClose={close} closeOnEscape={false} position="right" size={680}>
      <Drawer.Overlay />
      <Drawer.Content data-testid="person-drawer">
        <Drawer.Header>
          <Drawer.Title fw={600} fz="lg" data-testid="person-drawer-title">
            {person?.name}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} data-testid="person-drawer-close" />
        </Drawer.Header>
        <Drawer.Body>
          {/* Keyed on the person so another name never opens on a half-filled form of the previous one. */}
          {person && (
            <PersonTabs
              key={`${person.id}-${addLeave}`}
              person={person}
              onNewSchedule={onNewSchedule}
              onEditingChange={setEditing}
              addLeave={addLeave}
            />
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

type TabsProps = {
  person: Person;
  onNewSchedule: (person: Person) => void;
  onEditingChange: (editing: boolean) => void;
  addLeave: boolean;
};

function PersonTabs({ person, onNewSchedule, onEditingChange, addLeave }: TabsProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabKey>(addLeave ? 'leave' : 'schedule');
  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        const next = tabKeys.find((key) => key === value);
        if (next) setTab(next);
        onEditingChange(false);
      }}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        {tabKeys.map((key) => (
          <Tabs.Tab key={key} value={key} data-testid={`person-tab-${key}`}>
            {t(`team.drawer.${key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="schedule">
        <ScheduleTab person={person} onNewSchedule={() => onNewSchedule(person)} />
      </Tabs.Panel>
      <Tabs.Panel value="structural">
        <StructuralTab person={person} onEditingChange={onEditingChange} />
      </Tabs.Panel>
      <Tabs.Panel value="leave">
        <LeaveTab person={person} onEditingChange={onEditingChange} startAdding={addLeave} />
      </Tabs.Panel>
    </Tabs>
  );
}
