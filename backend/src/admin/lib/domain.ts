/**
 * The admin's entry to the shared OCOP rules. Vite takes @ocop/domain's ES module build through the
 * package's `exports` map: the same rules the backend (CommonJS build) and the storefront run.
 */
export * from "@ocop/domain"
