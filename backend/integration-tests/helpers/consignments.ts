import { bearer, onboardProducer } from "./producer"

type Api = { get: Function; post: Function; delete: Function }

/** An approved producer with one product (one variant, `stock` in its own store), built through the portal. */
export async function producerWithStock(
  api: Api,
  adminHeaders: Record<string, string>,
  email: string,
  name: string,
  sku: string,
  stock = 20
) {
  const p = await onboardProducer(api, email, name)
  await api.post(`/admin/ocop/producers/${p.producer.id}/approval`, { decision: "approve" }, { headers: adminHeaders })
  const { data } = await api.post(
    "/producer/products",
    { title: `Sản phẩm ${name}`, product_set_code: 8, variants: [{ title: "Chai 500 ml", sku, price: 150000, stock }] },
    bearer(p.token)
  )
  const [location] = (await api.get("/producer/stock-locations", bearer(p.token))).data.stock_locations
  return { ...p, productId: data.product.id as string, variantId: data.product.variants[0].id as string, locationId: location.id as string }
}

/** A point's consignment request to a producer (status `requested`). */
export async function requestConsignment(
  api: Api,
  staff: Record<string, string>,
  pointId: string,
  producerId: string,
  items: Array<{ variant_id: string; quantity: number }>
) {
  const { data } = await api.post(`/pos/points/${pointId}/consignments`, { producer_id: producerId, items }, { headers: staff })
  return data.consignment as { id: string; status: string }
}

/** Requested and confirmed by the producer in its portal. */
export async function confirmedConsignment(
  api: Api,
  staff: Record<string, string>,
  pointId: string,
  producer: { token: string; producer: { id: string } },
  items: Array<{ variant_id: string; quantity: number }>
) {
  const requested = await requestConsignment(api, staff, pointId, producer.producer.id, items)
  const { data } = await api.post(`/producer/consignments/${requested.id}/confirm`, {}, bearer(producer.token))
  return data.consignment as { id: string; status: string }
}
