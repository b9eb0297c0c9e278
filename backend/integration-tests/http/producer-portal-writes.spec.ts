import { integrationTestRunner } from "../helpers/runner"
import { normalizeVnMobilePhone } from "@ocop/domain"
import { createOfficeUser } from "../helpers/admin"
import { failed } from "../helpers/http"
import { bearer, onboardProducer } from "../helpers/producer"

jest.setTimeout(300 * 1000)

/**
 * The portal's writes that run as workflows (update-producer-variant, remove-producer-variant,
 * set-producer-stock, update-producer-profile): what the producer sees after each, and the refusals
 * that leave everything as it was.
 */
integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let adminHeaders: Record<string, string>
    beforeAll(async () => {
      ;({ headers: adminHeaders } = await createOfficeUser(getContainer()))
    })

    const newProduct = async (token: string) => {
      const { data } = await api.post(
        "/producer/products",
        { title: "Mắm tôm Cẩm Nhượng", product_set_code: 1, variants: [{ title: "Hũ 250 g", sku: "MT-250", price: 45000, stock: 10 }] },
        bearer(token)
      )
      return data.product
    }

    it("edits a pack size, refuses a SKU another variant holds, and removes a pack size but never the last one", async () => {
      const { token } = await onboardProducer(api, "writes-variants@ocop.test", "HTX Mắm tôm")
      const product = await newProduct(token)
      const { data: added } = await api.post(
        `/producer/products/${product.id}/variants`,
        { title: "Hũ 500 g", sku: "MT-500", price: 80000, stock: 4 },
        bearer(token)
      )
      const big = added.product.variants.find((v: any) => v.sku === "MT-500")

      const { data: edited } = await api.post(
        `/producer/products/${product.id}/variants/${big.id}`,
        { title: "Hũ nửa cân", sku: "MT-HALF", price: 85000, pack_size: "500 g" },
        bearer(token)
      )
      expect(edited.product.variants.find((v: any) => v.id === big.id)).toEqual(
        expect.objectContaining({ title: "Hũ nửa cân", sku: "MT-HALF", price: 85000, pack_size: "500 g" })
      )

      const taken = await failed(api.post(`/producer/products/${product.id}/variants/${big.id}`, { sku: "MT-250" }, bearer(token)))
      expect([taken.status, taken.data.code]).toEqual([400, "ocop.product.duplicate_sku"])
      const { data: unchanged } = await api.get(`/producer/products/${product.id}`, bearer(token))
      expect(unchanged.product.variants.find((v: any) => v.id === big.id).sku).toBe("MT-HALF")

      const { data: removed } = await api.delete(`/producer/products/${product.id}/variants/${big.id}`, bearer(token))
      expect(removed.product.variants.map((v: any) => v.sku)).toEqual(["MT-250"])
      const last = await failed(api.delete(`/producer/products/${product.id}/variants/${removed.product.variants[0].id}`, bearer(token)))
      expect([last.status, last.data.code]).toEqual([400, "ocop.product.last_variant"])
      expect((await api.get(`/producer/products/${product.id}`, bearer(token))).data.product.variants).toHaveLength(1)
    })

    it("sets the counted stock of a pack size at the producer's warehouse", async () => {
      const { token } = await onboardProducer(api, "writes-stock@ocop.test", "HTX Kho mắm")
      const product = await newProduct(token)
      const { data: locations } = await api.get("/producer/stock-locations", bearer(token))
      const locationId = locations.stock_locations[0].id
      const { data } = await api.post(
        "/producer/inventory",
        { variant_id: product.variants[0].id, location_id: locationId, stocked_quantity: 42 },
        bearer(token)
      )
      expect(data.inventory_level).toEqual(
        expect.objectContaining({ variant_id: product.variants[0].id, location_id: locationId, stocked_quantity: 42, available: 42 })
      )
      const { data: inventory } = await api.get("/producer/inventory", bearer(token))
      expect(inventory.inventory.find((r: any) => r.variant_id === product.variants[0].id).stocked_quantity).toBe(42)
    })

    it("edits the profile and the caller's name; a rejected producer goes back to the office's queue", async () => {
      const { token, producer } = await onboardProducer(api, "writes-profile@ocop.test", "HTX Hồ sơ")
      await api.post(
        `/admin/ocop/producers/${producer.id}/approval`,
        { decision: "reject", reason: "Thiếu giấy phép" },
        { headers: adminHeaders }
      )

      const { data } = await api.post(
        "/producer/me",
        { story: "Ba đời làm mắm.", phone: "0987 654 321", member_name: "Chị Lan" },
        bearer(token)
      )
      expect(data.producer).toEqual(
        expect.objectContaining({
          story: "Ba đời làm mắm.",
          phone: normalizeVnMobilePhone("0987 654 321"),
          approval_status: "pending_approval",
          rejection_reason: null,
        })
      )
      expect(data.member.name).toBe("Chị Lan")
      const { data: me } = await api.get("/producer/me", bearer(token))
      expect([me.producer.approval_status, me.member.name]).toEqual(["pending_approval", "Chị Lan"])

      const noTaxCode = await failed(api.post("/producer/me", { tax_code: null }, bearer(token)))
      expect([noTaxCode.status, noTaxCode.data.code]).toEqual([400, "ocop.validation"])
    })
  },
})
