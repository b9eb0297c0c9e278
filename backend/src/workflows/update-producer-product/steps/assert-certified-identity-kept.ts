import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CERTIFIED_IDENTITY_FIELDS,
  IDENTITY_FIELD_LABELS,
  identityLockingCertificates,
  materialFields,
  type IdentityField,
} from "@ocop/domain"
import { declaredProductSet } from "../../steps/assert-certificate-fits-product"
import { ERROR_CODES, ocopError } from "../../../lib/errors"

export type ProducerProductChanges = {
  title?: string
  subtitle?: string | null
  description?: string | null
  handle?: string
  thumbnail?: string | null
  images?: string[]
  product_set?: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The fields whose value the edit really changes (the portal re-sends unchanged ones). */
function changedFields(product: any, changes: ProducerProductChanges, certificateSets: number[]): IdentityField[] {
  const changed: IdentityField[] = []
  for (const key of ["title", "subtitle", "description", "handle", "thumbnail"] as const) {
    if (changes[key] !== undefined && !same(String(changes[key] ?? "").trim(), String(product[key] ?? "").trim())) changed.push(key)
  }
  if (
    changes.images !== undefined &&
    !same(
      changes.images,
      (product.images ?? []).map((i: any) => i.url)
    )
  )
    changed.push("images")
  if (changes.product_set !== undefined) {
    const declared = declaredProductSet(product)
    const sets = declared !== null ? [declared, ...certificateSets] : certificateSets
    if (sets.some((s) => Number(s) !== changes.product_set)) changed.push("product_set")
  }
  return changed
}

/**
 * While a certificate binds the product (in force, on hold or under review), its certified identity
 * — title, product set, producer, and the fields the office marked material — cannot change: the
 * edit is refused (400) and points to a re-evaluation. Returns the product's metadata for the update.
 */
export const assertCertifiedIdentityKeptStep = createStep(
  "assert-certified-identity-kept",
  async (input: { product_id: string; changes: ProducerProductChanges; now?: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "subtitle", "description", "handle", "thumbnail", "metadata", "images.url", "certificates.*"],
      filters: { id: input.product_id },
    })
    const product = data[0] as any
    const binding = identityLockingCertificates<any>(product?.certificates ?? [], input.now ? new Date(input.now) : new Date())
    if (binding.length) {
      const locked = new Set<IdentityField>([...CERTIFIED_IDENTITY_FIELDS, ...materialFields(product.metadata)])
      const refused = changedFields(
        product,
        input.changes,
        binding.map((c) => c.product_set)
      ).filter((f) => locked.has(f))
      if (refused.length) {
        const fieldsVi = refused.map((f) => IDENTITY_FIELD_LABELS[f].vi).join(", ")
        const fieldsEn = refused.map((f) => IDENTITY_FIELD_LABELS[f].en).join(", ")
        const codes = binding.map((c) => `${c.verification_code} (${c.stars}★)`).join(", ")
        const error = ocopError(
          "NOT_ALLOWED",
          ERROR_CODES.PRODUCT_CERTIFIED_IDENTITY_LOCKED,
          `Không thể sửa ${fieldsVi}: sản phẩm đang được giấy chứng nhận OCOP ${codes} chứng nhận. Muốn thay đổi, hãy nộp hồ sơ đánh giá lại cho sản phẩm mới tại Văn phòng OCOP`,
          `The ${fieldsEn} cannot change while OCOP certificate ${codes} certifies this product: a change needs a new evaluation by the OCOP office`
        )
        throw Object.assign(error, { fields: refused })
      }
    }
    return new StepResponse({ metadata: (product?.metadata ?? {}) as Record<string, unknown> })
  }
)
