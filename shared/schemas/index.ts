export * from './primitives.ts';
export * from './people.ts';
export * from './business.ts';
export * from './requests.ts';
export * from './settings.ts';
export * from './closing.ts';
export * from './cover.ts';
export * from './workspace.ts';
