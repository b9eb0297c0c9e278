/**
 * The admin's single entry to the shared OCOP rules (@ocop/domain). The package ships CommonJS
 * (dist/), which the admin's Vite build does not convert for a workspace-linked package, so the
 * admin imports the package's TypeScript source instead. Same code, no copy of the rules.
 */
export {
  CERTIFICATE_STATUS_LABELS,
  REVOCATION_GROUNDS,
  SUPERSEDE_REASON_LABELS,
  SUPERSEDE_REASONS,
  PRODUCT_SETS,
  SECTORS,
  productSet,
  PRODUCER_TYPES,
  PROVINCES,
  provinceName,
  STAR_LABELS,
  CERTIFIED_STARS,
  LISTABLE_STATUSES,
  TIME_BOUND_STATUSES,
  certificateEndDate,
  daysUntil,
  isInReevaluationWindow,
  reevaluationWindow,
  maxExtensionUntil,
  validUntil,
  vietnamDate,
  starBandForScore,
  SALES_POINT_CATEGORIES,
  salesPointCategoryName,
  communesOf,
  communeFullName,
  safeUrl,
  LOCAL_FILE_BASE_URL,
  producerDecisionsFrom,
  effectiveStatus,
  EXPIRING_SOON_DAYS,
  EXPIRY_HORIZON_DAYS,
  expiryUrgency,
  CONSIGNMENT_STATUS_LABELS,
  PROGRAMME_METRICS,
  programmeMetric,
} from "@ocop/domain/src/index"
export type { ExpiryUrgency, EffectiveCertificateStatus, CertificateStatus, SupersedeReason, ProducerApprovalStatus, ProducerDecision } from "@ocop/domain/src/index"
