/** Events of this marketplace: namespaced, past tense. */
export const CERTIFICATE_CHANGED_EVENT = "ocop.certificate.changed"
export const LISTING_CHANGED_EVENT = "ocop.listing.changed"
