type Api = { get: Function; post: Function }

/** Drives a shopper's checkout through the store API up to (not including) completion. */
export async function cartReadyToComplete(
  api: Api,
  storeHeaders: Record<string, string>,
  regionId: string,
  variantId: string,
  providerId = "pp_cod_ocop",
  email = "nguoi-mua@example.vn"
) {
  const headers = { headers: storeHeaders }
  const { data: created } = await api.post("/store/carts", { region_id: regionId }, headers)
  const cartId = created.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, headers)
  await api.post(
    `/store/carts/${cartId}`,
    {
      email,
      shipping_address: {
        first_name: "Lan",
        last_name: "Nguyễn",
        address_1: "12 Phan Đình Phùng",
        city: "Hà Tĩnh",
        country_code: "vn",
        phone: "0912345678",
      },
    },
    headers
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const delivery = options.shipping_options.find((o: any) => /tiêu chuẩn/i.test(o.name)) ?? options.shipping_options[0]
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id }, headers)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: providerId }, headers)
  return cartId as string
}
