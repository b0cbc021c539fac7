export * from './periods.ts';
export * from './activity.ts';
export * from './request-outcomes.ts';
export * from './key-figures.ts';
export * from './series.ts';
export * from './comparison.ts';
