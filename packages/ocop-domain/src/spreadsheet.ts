/**
 * Text that producers typed ends up in CSV feeds and XLSX reports the office and points of sale
 * open in Excel or LibreOffice. A cell starting with = + - @ (or a tab / carriage return, which
 * some importers strip before the formula sign) runs as a formula there: "=HYPERLINK(…)" links
 * out, "=cmd|…" runs commands (CSV/formula injection). OWASP's remedy: prefix such text with a
 * single quote so it shows as text. Numbers stay numbers (a negative number is data, not text).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseSpreadsheetFormula<T>(value: T): T | string {
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
