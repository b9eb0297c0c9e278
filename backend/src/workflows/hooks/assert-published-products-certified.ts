import type { MedusaContainer } from "@medusajs/framework/types"
import { ERROR_CODES, ocopError } from "../../lib/errors"
import { listabilityOfProducts } from "../../lib/product-listability"

/** Only products holding a listable OCOP certificate may be published, whoever asks: the create and update product hooks. */
export async function assertPublishedProductsCertified(
  container: MedusaContainer,
  products: { id: string; status?: string }[],
  now = new Date()
) {
  const published = products.filter((p) => p.status === "published").map((p) => p.id)
  const refused = (await listabilityOfProducts(container, published, now)).filter((p) => !p.listable)
  if (!refused.length) {
    return
  }
  const titles = refused.map((p) => `«${p.title}»`).join(", ")
  throw ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.PRODUCT_PUBLISH_REQUIRES_CERTIFICATE,
    `Không thể đăng bán ${titles}: sản phẩm chưa có giấy chứng nhận OCOP còn hiệu lực`,
    `Cannot publish ${titles}: the product has no valid OCOP certificate`
  )
}
