import { addDays, vietnamDate } from "@ocop/domain"

type Api = { post: Function }

/** Today's Vietnam calendar date shifted by `days`. */
export const today = (days = 0) => addDays(vietnamDate(new Date()), days)

/** A draft product with one variant, created as the office would in Medusa admin. */
export async function draftProduct(api: Api, adminHeaders: Record<string, string>, salesChannelId: string, title: string) {
  const { data } = await api.post(
    "/admin/products",
    {
      title,
      status: "draft",
      sales_channels: [{ id: salesChannelId }],
      options: [{ title: "Quy cách", values: ["Hộp"] }],
      variants: [
        { title: "Hộp", options: { "Quy cách": "Hộp" }, manage_inventory: false, prices: [{ amount: 50000, currency_code: "vnd" }] },
      ],
    },
    { headers: adminHeaders }
  )
  return data.product
}

export async function recordCertificate(
  api: Api,
  adminHeaders: Record<string, string>,
  productId: string,
  fields: Record<string, unknown> = {}
) {
  const { data } = await api.post(
    "/admin/ocop/certificates",
    {
      product_id: productId,
      decision_number: "99/QĐ-UBND",
      issuer: "UBND tỉnh Hà Tĩnh",
      stars: 4,
      product_set: 9,
      issued_at: today(-400),
      ...fields,
    },
    { headers: adminHeaders }
  )
  return data.certificate
}
