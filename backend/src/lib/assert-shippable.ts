import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isShippableProductSet, liveCertificate, productSet } from "@ocop/domain"
// a shipping option is a pickup when its fulfilment set is one (Medusa's own notion, not its name)
import { PICKUP_FULFILLMENT_SET_TYPE } from "@ocop/contract"
import { cartProductFactsOfVariants } from "./assert-sellable"
import { ERROR_CODES, ocopError } from "./errors"

/**
 * Refuses delivery of products whose certified product set is not a good (community tourism is a
 * service, DESIGN.md §1): such a cart may only complete with pickup. Called from complete-cart.
 */
export async function assertCartShippable(
  container: MedusaContainer,
  cart: { items?: Array<{ variant_id?: string | null }>; shipping_methods?: Array<{ shipping_option_id?: string | null }> }
) {
  const optionIds = (cart.shipping_methods ?? []).map((m) => m.shipping_option_id).filter(Boolean) as string[]
  if (!optionIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type"],
    filters: { id: optionIds },
  })
  const delivered = options.some((o: any) => o.service_zone?.fulfillment_set?.type !== PICKUP_FULFILLMENT_SET_TYPE)
  if (!delivered) return

  const products = await cartProductFactsOfVariants(container, (cart.items ?? []).map((i) => i.variant_id).filter(Boolean) as string[])
  const services = products
    .map((p) => ({ title: p.title, live: liveCertificate(p.certificates) }))
    .filter(({ live }) => live != null && !isShippableProductSet(Number(live.product_set)))
  if (!services.length) return
  const names = (lang: "vi" | "en") =>
    services
      .map(({ title, live }) => {
        const set = productSet(Number(live!.product_set))
        return `«${title}»${set ? ` (${set[lang]})` : ""}`
      })
      .join(", ")
  throw ocopError(
    "NOT_ALLOWED",
    ERROR_CODES.PRODUCT_NOT_SHIPPABLE,
    `Không giao hàng được dịch vụ ${names("vi")}: vui lòng chọn nhận tại điểm bán OCOP hoặc liên hệ chủ thể`,
    `${names("en")} is a service and cannot be delivered: choose pickup at the OCOP point of sale or contact the producer`
  )
}
