import { describe, expect, it } from 'vitest';
import { servicesIn } from '../testing/temp-services.ts';

describe('opening a team workspace from the desktop app', () => {
  it('opens only an https address (or http on this computer), and offers it again next time', async () => {
    const services = servicesIn();
    const opened: string[] = [];
    services.context.openTeamWindow = (url) => opened.push(url);
    expect(await services.call('getCapabilities', {})).toMatchObject({ value: { openTeamWorkspace: true } });
    const refused = await services.call('openTeamWorkspace', { url: 'http://plan.example.nl:8080' });
    expect(refused).toMatchObject({ ok: false, error: { field: 'url', reason: 'team_url' } });
    expect(opened).toEqual([]);
    const answer = await services.call('openTeamWorkspace', { url: 'https://plan.example.nl/team?x=1' });
    expect(answer).toEqual({ ok: true, value: { opened: 'https://plan.example.nl/' } });
    expect(opened).toEqual(['https://plan.example.nl/']);
    const snapshot = await services.call('getSnapshot', {});
    expect(snapshot).toMatchObject({ ok: true, value: { preferences: { teamServer: 'https://plan.example.nl/' } } });
  });

  it('is not offered by the web host, which says to go to the server’s address instead', async () => {
    const services = servicesIn();
    expect(await services.call('getCapabilities', {})).toMatchObject({ ok: true, value: { openTeamWorkspace: false } });
    expect(await services.call('openTeamWorkspace', { url: 'https://plan.example.nl' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
