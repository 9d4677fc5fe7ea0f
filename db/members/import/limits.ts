/**
 * Bounds on what one import reads, shared by the contract (which refuses larger requests at the
 * boundary) and the reader. A 党委's roster runs to thousands of rows: far beyond these limits
 * is a sheet formatted down to row 1 048 576, not data.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;
