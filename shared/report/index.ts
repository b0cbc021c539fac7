export * from './schema.ts';
export { buildMonthlyOverview } from './build.ts';
export {
  overviewTables,
  type Cell,
  type Kind,
  type ReportTable,
  type Row,
  type TableKey,
} from './overview-definition.ts';
