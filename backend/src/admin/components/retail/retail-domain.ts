/**
 * The shared rules the retail screens need beyond ../../lib/domain (same TypeScript-source import,
 * for the same reason: the admin's Vite build does not convert the package's CommonJS dist/).
 */
export { SALES_POINT_CATEGORIES, salesPointCategoryName, communesOf, communeFullName } from "@ocop/domain/src/index"
