/**
 * inert: what strangers' text may become beyond plain text, decided in one place. A link only for http: and https:
 * addresses (href.ts); CSV whose cells a spreadsheet never runs as formulas (csv.ts). Imports only papaparse.
 */
// side doors: href.ts csv.ts — the article page needs only href.ts, and papaparse stays out of its bundle
export { safeHref } from './href';
export { spreadsheetCsv, FORMULA_START } from './csv';
