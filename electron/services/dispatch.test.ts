import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/schemas/index.ts';
import type { Update } from '../../shared/contract/index.ts';
import { servicesIn, tempDir } from './testing/temp-services.ts';

const newPerson = {
  name: 'Noor Bakker',
  email: 'noor@example.nl',
  skills: ['minutes', 'agenda'],
  contracts: [{ from: '2026-12-01', hours: { mon: 8, tue: 8, wed: 0, thu: 8, fri: 0, sat: 0, sun: 0 } }],
  activeFrom: '2026-12-01',
  activeTo: null,
};

describe('calling operations through the contract', () => {
  it('adds a person and answers with the new snapshot', async () => {
    const services = servicesIn();
    const result = await services.call('addPerson', newPerson);
    expect(result.ok).toBe(true);
    const people = services.context.store.document().workspace.people;
    expect(people.find((p) => p.name === 'Noor Bakker')?.skills).toEqual(['minutes', 'agenda']);
  });

  it.each([
    [{ ...newPerson, name: '' }, 'name'],
    [{ ...newPerson, email: 'not-an-email' }, 'email'],
    [
      { ...newPerson, contracts: [{ from: '2026-12-01', hours: { ...newPerson.contracts[0]!.hours, mon: 7.3 } }] },
      'contracts.0.hours.mon',
    ],
    [{ ...newPerson, activeFrom: '2026-02-30' }, 'activeFrom'],
    [{ ...newPerson, activeTo: '2026-01-01' }, 'activeTo'],
  ])('rejects a bad input naming the field and changes nothing (%#)', async (input, field) => {
    const services = servicesIn();
    const before = JSON.stringify(services.context.store.document());
    const result = await services.call('addPerson', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(JSON.stringify(services.context.store.document())).toBe(before);
  });

  it('refuses an unknown operation', async () => {
    const result = await servicesIn().call('dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('answers not_found for a person that does not exist, and changes nothing', async () => {
    const services = servicesIn();
    const before = services.context.store.revision();
    const result = await services.call('deactivatePerson', { id: 'nobody', to: '2026-12-31' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } });
    expect(services.context.store.revision()).toBe(before);
  });

  it('deactivates from a date and keeps the person for earlier weeks', async () => {
    const services = servicesIn();
    const person = services.context.store.document().workspace.people.find((p) => p.activeTo === null) as Person;
    const result = await services.call('deactivatePerson', { id: person.id, to: '2026-12-31' });
    expect(result.ok).toBe(true);
    expect(services.context.store.document().workspace.people.find((p) => p.id === person.id)?.activeTo).toBe(
      '2026-12-31',
    );
  });

  it('rejects two contracts starting on the same day', async () => {
    const services = servicesIn();
    const twice = { ...newPerson, contracts: [newPerson.contracts[0]!, newPerson.contracts[0]!] };
    const result = await services.call('addPerson', twice);
    expect(result).toMatchObject({ ok: false, error: { field: 'contracts' } });
  });
});

describe('undo', () => {
  it('takes back the last change, then the one before, and says when there is nothing left', async () => {
    const services = servicesIn();
    const original = services.context.store.document().workspace;
    await services.call('addPerson', newPerson);
    const afterAdd = services.context.store.document().workspace;
    const someone = afterAdd.people[0]!;
    await services.call('deactivatePerson', { id: someone.id, to: '2026-12-31' });
    await services.call('setLanguage', { language: 'en' });

    const undone = await services.call('undo', {});
    expect(undone.ok && (undone.value as Update).history.undo?.op).toBe('addPerson');
    expect(undone.ok && (undone.value as Update).history.redo?.op).toBe('deactivatePerson');
    expect(services.context.store.document().workspace).toEqual(afterAdd);
    expect(services.context.store.document().preferences.language).toBe('en');
    await services.call('undo', {});
    expect(services.context.store.document().workspace).toEqual(original);
    expect(await services.call('undo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await services.call('redo', {});
    expect(services.context.store.workspace()).toEqual(afterAdd);
  });

  it('keeps undo and redo across a restart, and a new change ends what could be redone', async () => {
    const dir = tempDir();
    const first = servicesIn(dir);
    const [a, b] = first.context.store.workspace().people;
    await first.call('updatePerson', { ...a!, name: 'Eerste Wijziging' });
    await first.call('updatePerson', { ...b!, name: 'Tweede Wijziging' });
    await first.call('undo', {});
    first.context.store.close();

    const second = servicesIn(dir);
    expect(second.context.store.workspace().people[1]!.name).toBe(b!.name);
    await second.call('redo', {});
    expect(second.context.store.workspace().people[1]!.name).toBe('Tweede Wijziging');
    await second.call('undo', {});
    await second.call('undo', {});
    expect(second.context.store.workspace().people[0]!.name).toBe(a!.name);
    await second.call('updatePerson', { ...b!, name: 'Nieuwe Richting' });
    expect(await second.call('redo', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('preferences', () => {
  it('a language change keeps the team server the desktop app opened last', async () => {
    const dir = tempDir();
    const services = servicesIn(dir);
    services.context.store.setPreferences({ language: 'nl', teamServer: 'https://plan.example.nl/' });
    await services.call('setLanguage', { language: 'en' });

    const snapshot = await servicesIn(dir).call('getSnapshot', {});
    expect(snapshot).toMatchObject({
      ok: true,
      value: { preferences: { language: 'en', teamServer: 'https://plan.example.nl/' } },
    });
  });
});
