export * from './schema.ts';
export { buildMonthlyOverview } from './build.ts';
