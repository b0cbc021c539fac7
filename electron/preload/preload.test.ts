import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, contract, ipcChannel } from '../../shared/contract/index.ts';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true, value: null })),
  other: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld, exposeInIsolatedWorld: electron.other },
  ipcRenderer: { invoke: electron.invoke, send: electron.other, on: electron.other, sendSync: electron.other },
  webFrame: { executeJavaScript: electron.other },
}));

await import('./index.ts');

describe('the preload bridge', () => {
  it('exposes one object, under the bridge key only', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe(BRIDGE_KEY);
  });

  const bridge = electron.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;

  it("holds exactly the contract's operations, each a plain function, and nothing else", () => {
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.getOwnPropertyNames(bridge).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.getOwnPropertySymbols(bridge)).toEqual([]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(electron.invoke);
  });

  it.each(Object.keys(contract))('%s invokes only its own channel, with the input as given', async (name) => {
    electron.invoke.mockClear();
    const input = { probe: name };
    await (bridge[name] as (input: unknown) => Promise<unknown>)(input);
    expect(electron.invoke.mock.calls).toEqual([[ipcChannel(name), input]]);
  });

  it('never reaches send, on, sendSync or any other Electron function', () => {
    expect(electron.other).not.toHaveBeenCalled();
  });
});
