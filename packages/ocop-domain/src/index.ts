/**
 * @ocop/domain — OCOP rules shared by the backend and the storefront. Pure functions and
 * constants only: no I/O, no framework imports, so both sides compute the same answers.
 */
export * from "./stars.js";
export * from "./certificate-state.js";
export * from "./validity.js";
export * from "./listing.js";
export * from "./programme-state.js";
export * from "./reporting-period.js";
export * from "./programme-metrics.js";
export * from "./certified-identity.js";
export * from "./product-sets.js";
export * from "./producers.js";
export * from "./producer-approval.js";
export * from "./text.js";
export * from "./money.js";
export * from "./provinces.js";
export * from "./gtin.js";
export * from "./search-terms.js";
export * from "./edit-distance.js";
export * from "./short-word-typos.js";
export * from "./communes.js";
export * from "./phone.js";
export * from "./sales-points.js";
export * from "./consignment.js";
export * from "./passwords.js";
export * from "./safe-input.js";
export * from "./spreadsheet.js";
