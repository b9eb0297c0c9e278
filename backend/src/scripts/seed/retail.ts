import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { withCheckDigit } from "@ocop/domain"
import { LOCAL_NON_OCOP_FLAG } from "../../modules/retail/sellability"
import { RETAIL_MODULE } from "../../modules/retail"
import type RetailModuleService from "../../modules/retail/service"
import { createRetailPointWorkflow } from "../../workflows/create-retail-point"
import { acceptRetailStaffInviteWorkflow } from "../../workflows/accept-retail-staff-invite"
import { createRetailStaffWorkflow } from "../../workflows/create-retail-staff"
import { moveRetailStockWorkflow } from "../../workflows/move-retail-stock"

export const DEMO_POS_STAFF = { email: "pos@ocop.local", password: "ocop-pos-2026", name: "Nguyễn Thị Hoa" }
export const HA_TINH_POINT = "Điểm giới thiệu và bán sản phẩm OCOP Hà Tĩnh"
export const QUANG_TRI_POINT = "Điểm giới thiệu và bán sản phẩm OCOP Quảng Trị"
export const DEMO_FAIR = "Hội chợ OCOP Hà Tĩnh mùa đông 2026"
export const LOCAL_PRODUCT_HANDLE = "keo-lac-que-nha-san-pham-dia-phuong"

/** Demo GTINs in GS1's restricted range (prefix 2938…): never a real product. HT05 → 2938000000059. */
export const demoGtin = (demoId: string) =>
  withCheckDigit(`2938${demoId.startsWith("QT") ? "1" : "0"}${demoId.replace(/\D/g, "").padStart(7, "0")}`)
const LOCAL_PRODUCT_GTIN = withCheckDigit("293899000001")

/** Demo records stocked at each place, with quantities. HT41 (revoked) stays on the shelf to be pulled. */
const STOCK: Record<string, Record<string, number>> = {
  ha_tinh: { HT05: 20, HT01: 12, HT21: 8, HT37: 10, HT41: 5 },
  quang_tri: { QT05: 10, QT15: 15, HT05: 6 },
  booth: { HT05: 10, HT01: 6 },
}

/** The trigram index the POS text lookup uses (also created by the retail migration when the product table exists). */
export async function ensureRetailLookupIndexes(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_retail_product_handle_trgm" ON "product" USING gin ("handle" gin_trgm_ops) WHERE deleted_at IS NULL`
  )
}

/**
 * Points of sale, a fair with a booth, demo GTINs, a local non-OCOP product, stock and the demo
 * counter login. Idempotent: does nothing once the Hà Tĩnh point exists.
 */
export async function seedRetail(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const retail: RetailModuleService = container.resolve(RETAIL_MODULE)
  await ensureRetailLookupIndexes(container)
  if ((await retail.listSalesPoints({ name: HA_TINH_POINT })).length) {
    return
  }
  logger.info("Seeding points of sale, a fair booth, demo GTINs and the counter login pos@ocop.local…")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { result: haTinh } = await createRetailPointWorkflow(container).run({
    input: {
      kind: "sales_point",
      name: HA_TINH_POINT,
      location_category: "tourist_site",
      province_code: "42",
      commune: "Phường Thành Sen",
      address: "Số 2 Phan Đình Phùng, Phường Thành Sen, Hà Tĩnh",
      operator: "Văn phòng Điều phối Chương trình OCOP tỉnh Hà Tĩnh",
      opening_hours: "7:30–21:00 hằng ngày",
      location_address: { address_1: "Số 2 Phan Đình Phùng", city: "Hà Tĩnh", province: "Hà Tĩnh" },
    },
  })
  const { result: quangTri } = await createRetailPointWorkflow(container).run({
    input: {
      kind: "sales_point",
      name: QUANG_TRI_POINT,
      location_category: "rest_stop",
      province_code: "44",
      commune: "Phường Đông Hà",
      address: "Trạm dừng nghỉ Quốc lộ 1, Phường Đông Hà, Quảng Trị",
      operator: "Hợp tác xã Dịch vụ OCOP Quảng Trị",
      opening_hours: "6:00–22:00 hằng ngày",
      location_address: { address_1: "Trạm dừng nghỉ Quốc lộ 1", city: "Đông Hà", province: "Quảng Trị" },
    },
  })
  // Vietnam time (UTC+7): 20/11/2026 08:00 → 30/11/2026 22:00
  const fair = await retail.createFairs({
    name: DEMO_FAIR,
    venue: "Quảng trường Thành Sen, Phường Thành Sen, Hà Tĩnh",
    province_code: "42",
    starts_at: new Date("2026-11-20T01:00:00Z"),
    ends_at: new Date("2026-11-30T15:00:00Z"),
  } as any)
  const now = new Date()
  const { result: booth } = await createRetailPointWorkflow(container).run({
    input: {
      kind: "booth",
      fair_id: fair.id,
      name: "Gian hàng số 12 — Sản phẩm OCOP Hà Tĩnh",
      operator: "Văn phòng Điều phối Chương trình OCOP tỉnh Hà Tĩnh",
      channel_disabled: !(fair.starts_at <= now && now <= fair.ends_at),
      location_address: { address_1: "Quảng trường Thành Sen", city: "Hà Tĩnh", province: "Hà Tĩnh" },
    },
  })

  // Demo counter logins: invited as the office would, the invitation accepted with the demo password
  const demoStaff = async (email: string, name: string, points: { id: string; kind: "sales_point" | "booth" }[]) => {
    for (const point of points) {
      const { result } = await createRetailStaffWorkflow(container).run({
        input: { email, name, point_id: point.id, point_kind: point.kind },
      })
      if (result.invite) {
        await acceptRetailStaffInviteWorkflow(container).run({ input: { token: result.invite.token, password: DEMO_POS_STAFF.password } })
      }
    }
  }
  await demoStaff(DEMO_POS_STAFF.email, DEMO_POS_STAFF.name, [haTinh, booth])
  await demoStaff("pos-quangtri@ocop.local", "Trần Văn Minh", [quangTri])

  // Demo GTINs on the products stocked at the points (only where no barcode was set)
  const demoIds = [...new Set(Object.values(STOCK).flatMap((s) => Object.keys(s)))]
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata", "variants.id", "variants.barcode"] })
  const variantOf = new Map<string, string>()
  const productModule = container.resolve(Modules.PRODUCT)
  for (const p of products as any[]) {
    const demoId = p.metadata?.ocop_demo_id
    if (!demoIds.includes(demoId) || !p.variants?.[0]) continue
    variantOf.set(demoId, p.variants[0].id)
    if (!p.variants[0].barcode) {
      await productModule.updateProductVariants(p.variants[0].id, { barcode: demoGtin(demoId) })
    }
  }

  // A local product without an OCOP certificate: sold at the counter, never badged, never online (draft, no online channel)
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Kẹo lạc quê nhà (sản phẩm địa phương)",
          handle: LOCAL_PRODUCT_HANDLE,
          description: "Sản phẩm địa phương của hộ sản xuất ở Can Lộc, chưa được đánh giá, phân hạng OCOP. Chỉ bán tại điểm bán.",
          status: "draft",
          options: [{ title: "Quy cách", values: ["Gói 200 g"] }],
          variants: [
            {
              title: "Gói 200 g",
              sku: "LOCAL-KEO-LAC-200",
              barcode: LOCAL_PRODUCT_GTIN,
              manage_inventory: true,
              options: { "Quy cách": "Gói 200 g" },
              prices: [{ amount: 25000, currency_code: "vnd" }],
            },
          ],
          metadata: { [LOCAL_NON_OCOP_FLAG]: true },
        },
      ],
    },
  })
  variantOf.set("LOCAL", created[0].variants[0].id)
  STOCK.ha_tinh.LOCAL = 30

  const places = { ha_tinh: haTinh, quang_tri: quangTri, booth }
  for (const [place, lines] of Object.entries(STOCK)) {
    const point = places[place as keyof typeof places]
    const items = Object.entries(lines)
      .filter(([id]) => variantOf.has(id))
      .map(([id, quantity]) => ({ variant_id: variantOf.get(id)!, quantity }))
    await moveRetailStockWorkflow(container).run({
      input: {
        kind: "receive",
        point_id: point.id,
        staff_id: null,
        from_location_id: null,
        to_location_id: point.stock_location_id,
        note: "Nhập hàng ký gửi ban đầu (dữ liệu demo)",
        items,
      },
    })
  }
  logger.info(
    `Seeded points of sale: ${HA_TINH_POINT} (${haTinh.id}), ${QUANG_TRI_POINT} (${quangTri.id}), booth ${booth.id}; ` +
      `counter login ${DEMO_POS_STAFF.email}; GTIN of HT05 ${demoGtin("HT05")}, local product ${LOCAL_PRODUCT_GTIN}`
  )
}

/**
 * Called by the demo seed (every `npm run dev` start). Integration tests seed the catalogue with the
 * same script but build their own points, so the demo points stay out of their counts; the POS tests
 * call `seedRetail` themselves.
 */
export async function seedRetailDemo(container: MedusaContainer) {
  if (process.env.NODE_ENV === "test") return
  await seedRetail(container)
}
