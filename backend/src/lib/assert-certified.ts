import type { MedusaContainer } from "@medusajs/framework/types"
import { ocopError } from "./errors"
import { listabilityOfProducts } from "./product-listability"

/** Only products holding a listable OCOP certificate may be published, whoever asks. */
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
    "ocop.product.publish_requires_certificate",
    `Không thể đăng bán ${titles}: sản phẩm chưa có giấy chứng nhận OCOP còn hiệu lực`,
    `Cannot publish ${titles}: the product has no valid OCOP certificate`
  )
}
