import { describe, expect, it } from 'vitest';
import { teamServerUrl } from './team-server-url.ts';

describe('the address of a team server', () => {
  it('takes HTTPS anywhere and keeps only its origin', () => {
    expect(teamServerUrl(' https://plan.example.nl:8443/some/path?x=1 ')).toBe('https://plan.example.nl:8443/');
    expect(teamServerUrl('https://plan.example.nl')).toBe('https://plan.example.nl/');
  });

  it('takes plain HTTP only on this computer, where a server without TLS listens', () => {
    expect(teamServerUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(teamServerUrl('http://localhost:8080/')).toBe('http://localhost:8080/');
    expect(teamServerUrl('http://plan.example.nl:8080')).toBeNull();
  });

  it('refuses addresses with credentials, other schemes and text that is no address', () => {
    for (const bad of [
      'https://anna:secret@plan.example.nl',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://secretariaat/',
      'plan.example.nl',
      '',
    ]) {
      expect(teamServerUrl(bad)).toBeNull();
    }
  });
});
