import type { MedusaContainer } from "@medusajs/framework/types"
import { CERTIFICATE_STATUS_LABELS, type EffectiveCertificateStatus } from "@ocop/domain"
import { ocopError } from "./errors"
import { listabilityOfProducts, productIdsOfVariants } from "./product-listability"

/**
 * Refuses to sell variants whose product has no listable certificate right now. Called from the cart
 * hooks so a certificate that lapsed after the item was added is caught at that moment, not at the
 * next run of the clock job.
 */
export async function assertVariantsSellable(container: MedusaContainer, variantIds: string[], now = new Date()) {
  const productIds = await productIdsOfVariants(container, variantIds)
  const unsellable = (await listabilityOfProducts(container, productIds, now)).filter((p) => !p.listable)
  if (!unsellable.length) {
    return
  }
  const describe = (lang: "vi" | "en") =>
    unsellable
      .map((p) => {
        const state = p.certificate_status
          ? CERTIFICATE_STATUS_LABELS[p.certificate_status as EffectiveCertificateStatus]?.[lang] ?? p.certificate_status
          : lang === "vi" ? "chưa có chứng nhận OCOP" : "no OCOP certificate"
        return `«${p.title}» (${state})`
      })
      .join(", ")
  throw ocopError(
    "NOT_ALLOWED",
    "ocop.product.not_sellable",
    `Sản phẩm không còn được bán vì chứng nhận OCOP không còn hiệu lực: ${describe("vi")}`,
    `Not for sale, the OCOP certificate is not valid: ${describe("en")}`
  )
}
