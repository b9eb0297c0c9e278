/**
 * @ocop/domain — OCOP rules shared by the backend and the storefront. Pure functions and
 * constants only: no I/O, no framework imports, so both sides compute the same answers.
 */
export * from "./stars";
export * from "./certificate-state";
export * from "./validity";
export * from "./listing";
export * from "./programme-state";
export * from "./reporting-period";
export * from "./programme-metrics";
export * from "./certified-identity";
export * from "./product-sets";
export * from "./producers";
export * from "./producer-approval";
export * from "./text";
export * from "./money";
export * from "./provinces";
export * from "./gtin";
export * from "./search-terms";
export * from "./edit-distance";
export * from "./short-word-typos";
export * from "./communes";
export * from "./phone";
export * from "./sales-points";
export * from "./consignment";
export * from "./passwords";
export * from "./safe-input";
export * from "./spreadsheet";
