import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '../../renderer/src/i18n/nl.ts';
import { sectionMessages } from '../../renderer/src/i18n/sections.ts';

const root = path.resolve(import.meta.dirname, '../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`.replace(PLURAL, '')] : keysOf(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const source = ['renderer/src', 'shared']
  .flatMap((dir) => sourceFiles(path.join(root, dir)))
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');
// `t(\`capacity.legend.${band}\`)` uses every key under capacity.legend.
const dynamicPrefixes = [...source.matchAll(/`([A-Za-z0-9_.]+\.)\$\{/g)].map((match) => match[1]!);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function used(key: string): boolean {
  if (dynamicPrefixes.some((prefix) => key.startsWith(prefix))) return true;
  return new RegExp(`['"\`]${escape(key)}(?:['"\`]|_)`).test(source);
}

describe('the texts the app shows', () => {
  it('has no message key that no screen uses: a dead key is a text nobody reviews', () => {
    const all = [
      ...keysOf(nl as Tree),
      ...Object.entries(sectionMessages).flatMap(([ns, messages]) => keysOf(messages.nl as Tree, `${ns}.`)),
    ];
    expect(all.filter((key) => !used(key))).toEqual([]);
  });
});
