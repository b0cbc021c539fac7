/**
 * What an import may cost. A spreadsheet of a team of 200 with years of placements is far below
 * every one of these; a hostile or broken file hits one and is refused with the limit named.
 */
export const IMPORT_LIMITS = {
  /** The file as uploaded; the web host and the desktop app refuse anything larger, the dialog says so. */
  fileBytes: 25 * 1024 * 1024,
  /** Data rows after the header. */
  rows: 10_000,
  columns: 100,
  /** All entries of an XLSX together, as declared in the zip before anything is unpacked. */
  unpackedBytes: 200 * 1024 * 1024,
  /** Unpacked size per packed byte of one entry: real sheets stay well under 100, zip bombs reach 1000. */
  entryRatio: 100,
  /** Entries smaller than this are not held to the ratio: tiny, highly repetitive XML is normal. */
  ratioFloorBytes: 1024 * 1024,
  /** Wall time and heap of the process that reads the file. */
  seconds: 30,
  heapMb: 256,
};
export type ImportLimits = typeof IMPORT_LIMITS;

/** The file size limit as the dialog and errors state it, in whole megabytes. */
export const IMPORT_LIMIT_MB = IMPORT_LIMITS.fileBytes / (1024 * 1024);

/** Base64 of a file at the size limit, for the contract's input schema. */
export const IMPORT_BASE64_CHARS = Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4;
