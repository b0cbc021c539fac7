import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: Record<string, unknown>[];
  win: { target: unknown; icon: string };
  mac: { target: unknown; icon: string };
  linux: { target: unknown; category: string; icon: string };
  icon: string;
  files: string[];
};

/** electron-builder's own schema, as shipped with the installed version. */
function builderSchema(): ValidateFunction {
  const file = path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'scheme.json');
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
}

const validate = builderSchema();
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("is valid under electron-builder's own JSON schema", () => {
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would catch a mistake: the schema refuses a misspelt key and a wrong type', () => {
    expect(validate({ ...config, electronFusez: {} })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
  });

  it('names the app and keeps the build output in dist/', () => {
    expect(config).toMatchObject({
      appId: 'nl.secretariaat.app',
      productName: 'Secretariaat',
      directories: { output: 'dist', buildResources: 'build' },
    });
    expect(config.files).toContain('out/**');
  });

  it('turns off Node, NODE_OPTIONS and the inspector in the binary, and checks the app archive', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds an NSIS installer, a dmg, an AppImage and a deb in the Office category', () => {
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
  });

  it('opens a workspace export with a double click', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'secretariaat', name: 'Secretariaat-werkruimte', role: 'Editor' }),
    ]);
  });

  it('has a 512×512 PNG icon for every platform', () => {
    expect(pngSize(path.join(root, config.icon))).toEqual({ width: 512, height: 512 });
    for (const platform of ['win', 'mac', 'linux'] as const) {
      expect(fs.existsSync(path.join(root, config[platform].icon))).toBe(true);
    }
  });

  it('starts the entry the build writes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(manifest.main).toBe('out/main/index.js');
  });
});
