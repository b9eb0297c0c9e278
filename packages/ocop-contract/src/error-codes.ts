/**
 * Every `code` the backend puts in an error answer (`{ type, code, message }`), so clients branch
 * on the code and never on the words of the message. The backend's `ocopError` accepts only these
 * (plus the problem codes of the rules in @ocop/domain), so a new code is added here first.
 */
import type { CertificateDatesProblem, CertificateTransitionError, PasswordProblem } from "@ocop/domain"

export const ERROR_CODES = {
  // sign-in and registration (Medusa's /auth routes, our guards)
  AUTH_EMAIL_TAKEN: "auth.email_taken",
  AUTH_INVITATION_ONLY: "auth.invitation_only",
  AUTH_TOO_MANY_ATTEMPTS: "auth.too_many_attempts",

  // checkout (POST /store/carts/:id/complete and the payment session)
  CHECKOUT_BUSY: "checkout_busy",
  OUT_OF_STOCK: "out_of_stock",
  PAYMENT_AMOUNT: "payment_amount",
  PAYMENT_CURRENCY: "payment_currency",
  PAYMENT_DATA_NOT_ACCEPTED: "ocop.payment.data_not_accepted",
  STRIPE_NOT_CONFIGURED: "stripe_not_configured",
  STRIPE_SIGNATURE_MISSING: "stripe_signature_missing",
  STRIPE_SIGNATURE_INVALID: "stripe_signature_invalid",
  STRIPE_EVENT_NOT_PROCESSED: "stripe_event_not_processed",

  // request bodies
  INPUT_NUL: "ocop.input.nul",
  INPUT_TOO_LARGE: "ocop.input.too_large",
  VALIDATION: "ocop.validation",

  // certificates
  CERTIFICATE_ALREADY_PENDING: "ocop.certificate.already_pending",
  CERTIFICATE_EXTENSION_OUT_OF_RANGE: "ocop.certificate.extension_out_of_range",
  CERTIFICATE_FIVE_STAR_ISSUER: "ocop.certificate.five_star_issuer",
  CERTIFICATE_NOT_FOUND: "ocop.certificate.not_found",
  CERTIFICATE_OUTSIDE_REEVALUATION_WINDOW: "ocop.certificate.outside_reevaluation_window",
  CERTIFICATE_PRODUCT_SET_MISMATCH: "ocop.certificate.product_set_mismatch",
  CERTIFICATE_REPLACES_SUSPENDED: "ocop.certificate.replaces_suspended",
  CERTIFICATE_REVOCATION_GROUND_REQUIRED: "ocop.certificate.revocation_ground_required",
  CERTIFICATE_SCAN_MISSING: "ocop.certificate.scan_missing",
  CERTIFICATE_TRANSITION_FORBIDDEN: "ocop.certificate.transition_forbidden",
  CERTIFICATE_UNKNOWN_CODE: "ocop.certificate.unknown_code",

  // the OCOP offices' scopes
  OFFICE_FIVE_STAR_MINISTRY: "ocop.office.five_star_ministry",
  OFFICE_NATIONAL_ONLY: "ocop.office.national_only",
  OFFICE_NO_SCOPE: "ocop.office.no_scope",
  OFFICE_OUT_OF_SCOPE: "ocop.office.out_of_scope",
  OFFICE_OWN_SCOPE: "ocop.office.own_scope",
  OFFICE_USER_NOT_FOUND: "ocop.office.user_not_found",

  // producers and their portal
  INVENTORY_BELOW_RESERVED: "ocop.inventory.below_reserved",
  INVENTORY_NOT_MANAGED: "ocop.inventory.not_managed",
  ORDER_ALREADY_FULFILLED: "ocop.order.already_fulfilled",
  ORDER_CANCELED: "ocop.order.canceled",
  PRODUCER_ALREADY_MEMBER: "ocop.producer.already_member",
  PRODUCER_CANNOT_REMOVE_SELF: "ocop.producer.cannot_remove_self",
  PRODUCER_DECISION_NOT_ALLOWED: "ocop.producer.decision_not_allowed",
  PRODUCER_INVITE_INVALID: "ocop.producer.invite_invalid",
  PRODUCER_NO_EMAIL_LOGIN: "ocop.producer.no_email_login",
  PRODUCER_NOT_FOUND: "ocop.producer.not_found",
  PRODUCER_OWNER_ONLY: "ocop.producer.owner_only",
  PRODUCER_UNAUTHORIZED: "ocop.producer.unauthorized",
  UPLOAD_BROKEN_IMAGE: "ocop.upload.broken_image",
  UPLOAD_EMPTY: "ocop.upload.empty",
  UPLOAD_INVALID: "ocop.upload.invalid",
  UPLOAD_NOT_ALLOWED: "ocop.upload.not_allowed",
  UPLOAD_NOT_APPROVED: "ocop.upload.not_approved",
  UPLOAD_QUOTA: "ocop.upload.quota",
  UPLOAD_TYPE: "ocop.upload.type",

  // products
  PRODUCT_CERTIFIED_IDENTITY_LOCKED: "ocop.product.certified_identity_locked",
  PRODUCT_DUPLICATE_BARCODE: "ocop.product.duplicate_barcode",
  PRODUCT_DUPLICATE_HANDLE: "ocop.product.duplicate_handle",
  PRODUCT_DUPLICATE_SKU: "ocop.product.duplicate_sku",
  PRODUCT_LAST_VARIANT: "ocop.product.last_variant",
  PRODUCT_NO_PRODUCT_SET: "ocop.product.no_product_set",
  PRODUCT_NOT_FOUND: "ocop.product.not_found",
  PRODUCT_NOT_LISTED: "ocop.product.not_listed",
  PRODUCT_NOT_SELLABLE: "ocop.product.not_sellable",
  PRODUCT_NOT_SHIPPABLE: "ocop.product.not_shippable",
  PRODUCT_PUBLISH_REQUIRES_CERTIFICATE: "ocop.product.publish_requires_certificate",

  // programme reporting
  PROGRAMME_TARGET_DUPLICATE: "ocop.programme_target.duplicate",
  PROGRAMME_TARGET_INVALID: "ocop.programme_target.invalid",
  PROGRAMME_TARGET_NOT_FOUND: "ocop.programme_target.not_found",
  REPORT_PERIOD_NOT_STARTED: "ocop.report.period_not_started",

  // store reads
  REGION_NOT_FOUND: "ocop.region.not_found",
  STORE_LIMIT_TOO_LARGE: "ocop.store.limit_too_large",
  STORE_ORDER_NOT_FOUND: "store.order_not_found",

  // points of sale and fairs
  POS_ALREADY_PAID: "pos.already_paid",
  POS_BAD_DESTINATION: "pos.bad_destination",
  POS_CASH_SHORT: "pos.cash_short",
  POS_CONSIGNMENT_NOT_FOUND: "pos.consignment_not_found",
  POS_CONSIGNMENT_REQUIRED: "pos.consignment_required",
  POS_CONSIGNMENT_STATE: "pos.consignment_state",
  POS_FAIR_NOT_FOUND: "pos.fair_not_found",
  POS_FEED_NOT_A_POINT: "pos.feed_not_a_point",
  POS_INSUFFICIENT_STOCK: "pos.insufficient_stock",
  POS_INVITE_INVALID: "pos.invite_invalid",
  POS_NO_PAYMENT_COLLECTION: "pos.no_payment_collection",
  POS_NO_PRICE: "pos.no_price",
  POS_NO_REGION: "pos.no_region",
  POS_NOT_PRODUCER_PRODUCT: "pos.not_producer_product",
  POS_NOT_SELLABLE: "pos.not_sellable",
  POS_NOT_VIETQR: "pos.not_vietqr",
  POS_POINT_CLOSED: "pos.point_closed",
  POS_POINT_NOT_FOUND: "pos.point_not_found",
  POS_POINT_NOT_READY: "pos.point_not_ready",
  POS_POINT_WITHOUT_STOCK: "pos.point_without_stock",
  POS_PRODUCER_NOT_FOUND: "pos.producer_not_found",
  POS_SALE_NOT_FOUND: "pos.sale_not_found",
  POS_SESSION_ENDED: "pos.session_ended",
  POS_STAFF_DISABLED: "pos.staff_disabled",
  POS_STAFF_NOT_FOUND: "pos.staff_not_found",
  POS_TASK_NOT_FOUND: "pos.task_not_found",
  POS_UNKNOWN_VARIANT: "pos.unknown_variant",
  POS_VARIANT_WITHOUT_INVENTORY: "pos.variant_without_inventory",
} as const satisfies Record<string, string>

/** A code the backend itself writes. */
export type OcopErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** Codes of the rules in @ocop/domain, which the backend passes on as they are. */
export type DomainProblemCode = PasswordProblem["code"] | CertificateDatesProblem["code"] | CertificateTransitionError["code"]

/** Any `code` of an OCOP error answer. */
export type ErrorCode = OcopErrorCode | DomainProblemCode

/** A refused password (@ocop/domain passwordProblem): "password.too_short", "password.common", … */
export function isPasswordProblemCode(code: unknown): code is PasswordProblem["code"] {
  return typeof code === "string" && code.startsWith("password.")
}

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ERROR_CODES))

/** Whether `code` is one the backend writes (not a domain problem code, not Medusa's own). */
export function isOcopErrorCode(code: unknown): code is OcopErrorCode {
  return typeof code === "string" && KNOWN_CODES.has(code)
}

/** The body of an error answer, as Medusa's error handler and our guards write it. */
export type ErrorBody = { type?: string; code?: ErrorCode | string; message: string }
