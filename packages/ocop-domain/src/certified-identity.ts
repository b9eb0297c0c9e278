/**
 * The certified identity of a product: what an OCOP certificate vouches for. While a certificate
 * still speaks for the product (in force, on hold, or under review by the office), these fields
 * cannot change without a new evaluation; otherwise a 5★ decision for one product could be moved
 * onto another by renaming it. DESIGN.md §1 "Certified unit".
 */
import { effectiveStatus, type CertificateLike } from "./listing.js";

/** Always part of the certified identity: the product's name, its product set and its producer. */
export const CERTIFIED_IDENTITY_FIELDS = ["title", "product_set", "producer"] as const;

/** Further fields the OCOP office may mark material for one product (kept in its metadata). */
export const MATERIAL_FIELD_CHOICES = ["subtitle", "description", "handle", "thumbnail", "images"] as const;

export type IdentityField = (typeof CERTIFIED_IDENTITY_FIELDS)[number] | (typeof MATERIAL_FIELD_CHOICES)[number];

export const IDENTITY_FIELD_LABELS: Record<IdentityField, { vi: string; en: string }> = {
  title: { vi: "tên sản phẩm", en: "title" },
  product_set: { vi: "bộ sản phẩm", en: "product set" },
  producer: { vi: "chủ thể", en: "producer" },
  subtitle: { vi: "mô tả ngắn", en: "subtitle" },
  description: { vi: "mô tả", en: "description" },
  handle: { vi: "đường dẫn", en: "handle" },
  thumbnail: { vi: "ảnh đại diện", en: "thumbnail" },
  images: { vi: "hình ảnh", en: "images" },
};

/** Effective statuses in which a certificate no longer speaks for the product. */
const RELEASED = ["expired", "revoked", "superseded", "rejected"];

/**
 * True when this certificate still binds the product's identity: in force (valid, expiring soon,
 * re-evaluation pending, extended), suspended (a hold is not an end) or pending review (the office
 * checks the decision against the product as it is). Unknown data fails closed (locked).
 */
export function certificateLocksIdentity(cert: CertificateLike, now: Date): boolean {
  try {
    return !RELEASED.includes(effectiveStatus(cert, now));
  } catch {
    return true;
  }
}

/** The certificates among `certs` that lock the product's identity at `now`. */
export function identityLockingCertificates<T extends CertificateLike>(certs: readonly (T | null | undefined)[], now: Date): T[] {
  return certs.filter((c): c is T => !!c && certificateLocksIdentity(c, now));
}

/** The material fields the office marked for a product, read from its metadata (unknown names ignored). */
export function materialFields(metadata: Record<string, unknown> | null | undefined): IdentityField[] {
  const marked = metadata?.ocop_material_fields;
  const list = Array.isArray(marked) ? marked : [];
  return (MATERIAL_FIELD_CHOICES as readonly string[]).filter((f) => list.includes(f)) as IdentityField[];
}
