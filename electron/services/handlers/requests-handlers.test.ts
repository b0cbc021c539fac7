import { describe, expect, it } from 'vitest';
import type { SupportRequest } from '../../../shared/schemas/index.ts';
import { servicesIn } from '../testing/temp-services.ts';

const intake = {
  loggedAfterTheFact: false,
  title: 'Notulen klankbordgroep Zuid',
  requesterName: 'Jan de Boer',
  department: 'Bestuur',
  goal: 'Besluiten vastleggen',
  deliverable: 'Conceptnotulen',
  windowFrom: '2026-12-07',
  deadline: '2026-12-11',
  estimatedHours: 8,
  skills: ['minutes'],
  doneWhen: 'Concept binnen drie dagen bij de voorzitter',
};

async function withNewRequest() {
  const services = servicesIn();
  await services.call('createRequest', intake);
  const requests = () => services.context.store.document().workspace.requests;
  const created = requests().find((r) => r.title === intake.title) as SupportRequest;
  const find = () => requests().find((r) => r.id === created.id) as SupportRequest;
  const personId = services.context.store.document().workspace.people[0]!.id;
  return { services, created, find, personId, requests };
}

describe('request operations', () => {
  it('creates a new request dated today, with nothing planned yet', async () => {
    const { created } = await withNewRequest();
    expect(created).toMatchObject({
      status: 'new',
      createdOn: '2026-11-23',
      assignments: [],
      skills: ['minutes'],
      loggedAfterTheFact: false,
    });
  });

  it('rejects an intake with a missing expectation, naming it, and saves nothing', async () => {
    const services = servicesIn();
    const before = services.context.store.revision();
    const result = await services.call('createRequest', { ...intake, doneWhen: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'doneWhen' } });
    expect(services.context.store.revision()).toBe(before);
  });

  it('logs work done after the fact as done, booked on whoever did it in that week', async () => {
    const services = servicesIn();
    const personId = services.context.store.document().workspace.people[0]!.id;
    const logged = {
      loggedAfterTheFact: true,
      title: 'Telefonische hulp',
      requesterName: 'Piet',
      department: 'Beleid',
      doneBy: personId,
      closedOn: '2026-11-18',
      actualHours: 1.5,
      satisfaction: 5,
    };
    expect((await services.call('createRequest', logged)).ok).toBe(true);
    const saved = services.context.store.document().workspace.requests.find((r) => r.title === 'Telefonische hulp');
    expect(saved).toMatchObject({
      status: 'done',
      loggedAfterTheFact: true,
      actualHours: 1.5,
      estimatedHours: 1.5,
      closedOn: '2026-11-18',
      assignments: [{ personId, week: '2026-W47', hours: 1.5 }],
    });
    expect(await services.call('createRequest', { ...logged, closedOn: '2026-11-30' })).toMatchObject({
      ok: false,
      error: { field: 'closedOn' },
    });
    expect(await services.call('createRequest', { ...logged, doneBy: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'doneBy' },
    });
  });

  it('assigns, starts and completes; assigning someone unknown names the share', async () => {
    const { services, created, find, personId } = await withNewRequest();
    const bad = await services.call('assignRequest', {
      id: created.id,
      assignments: [
        { personId, week: '2026-W50', hours: 4 },
        { personId: 'ghost', week: '2026-W50', hours: 4 },
      ],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found', field: 'assignments.1.personId' } });
    expect(find().status).toBe('new');

    await services.call('assignRequest', { id: created.id, assignments: [{ personId, week: '2026-W50', hours: 8 }] });
    expect(find()).toMatchObject({ status: 'assigned', assignments: [{ personId, week: '2026-W50', hours: 8 }] });
    await services.call('startRequest', { id: created.id });
    expect(await services.call('completeRequest', { id: created.id, actualHours: null })).toMatchObject({
      ok: false,
      error: { field: 'actualHours' },
    });
    await services.call('completeRequest', { id: created.id, actualHours: 7.25, satisfaction: 4 });
    expect(find()).toMatchObject({ status: 'done', actualHours: 7.25, satisfaction: 4, closedOn: '2026-11-23' });
  });

  it('declines and defers only with a reason, and refuses moves the flow does not have', async () => {
    const { services, created, find } = await withNewRequest();
    expect(await services.call('declineRequest', { id: created.id, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason' },
    });
    expect(await services.call('deferRequest', { id: created.id, week: '2026-W48', reason: 'Drukte' })).toMatchObject({
      ok: false,
      error: { field: 'week' },
    });
    await services.call('deferRequest', { id: created.id, week: '2026-W49', reason: 'Drukte rond de ALV' });
    expect(find()).toMatchObject({ status: 'deferred', deferredTo: '2026-W49', reason: 'Drukte rond de ALV' });
    expect(await services.call('startRequest', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'status' },
    });
    await services.call('declineRequest', { id: created.id, reason: 'Hoort bij de afdeling zelf' });
    expect(find()).toMatchObject({ status: 'declined', closedOn: '2026-11-23' });
    await services.call('reopenRequest', { id: created.id });
    expect(find()).toMatchObject({ status: 'new', reason: '', closedOn: null });
  });

  it('updates the intake fields and deletes; both can be undone', async () => {
    const { services, created, find, requests } = await withNewRequest();
    await services.call('updateRequest', { ...intake, id: created.id, title: 'Notulen klankbordgroep december' });
    expect(find()).toMatchObject({ title: 'Notulen klankbordgroep december', status: 'new' });
    const count = requests().length;
    await services.call('deleteRequest', { id: created.id });
    expect(requests()).toHaveLength(count - 1);
    await services.call('undo', {});
    expect(find().title).toBe('Notulen klankbordgroep december');
    expect(await services.call('deleteRequest', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'id' },
    });
  });

  it('undoes an assignment, giving the hours back', async () => {
    const { services, created, find, personId } = await withNewRequest();
    await services.call('assignRequest', { id: created.id, assignments: [{ personId, week: '2026-W50', hours: 8 }] });
    await services.call('undo', {});
    expect(find()).toMatchObject({ status: 'new', assignments: [] });
  });
});
