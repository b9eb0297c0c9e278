import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { slugify } from "@ocop/domain"
import { createProducerProductWorkflow } from "../../../workflows/create-producer-product"
import { ownLocationIds, ownProductIds, producerOf, type ProducerRequest } from "../context"
import { loadPortalProduct, PORTAL_PRODUCT_FIELDS, toPortalProduct } from "../portal-views"
import type { ProducerCreateProductType, ProducerListParamsType } from "../validators"
import { freeHandle, OPTION_TITLE } from "./helpers"

/** The producer's own products, newest first, searched by title with ?q. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const params = (req as any).validatedQuery as ProducerListParamsType
  const ids = await ownProductIds(req)
  if (!ids.length) {
    return res.json({ products: [], count: 0, limit: params.limit, offset: params.offset })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { id: ids }
  if (params.q) filters.title = { $ilike: `%${params.q}%` }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PORTAL_PRODUCT_FIELDS,
    filters,
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC" } },
  })
  const now = new Date()
  res.json({
    products: data.map((p) => toPortalProduct(p, now)),
    count: metadata?.count ?? data.length,
    limit: params.limit,
    offset: params.offset,
  })
}

/** Adds a product (a draft until a valid certificate and the office's approval list it). */
export const POST = async (req: ProducerRequest<ProducerCreateProductType>, res: MedusaResponse) => {
  const { producer } = producerOf(req)
  const body = req.validatedBody
  const handle = await freeHandle(req.scope, body.handle, slugify(body.title))
  const [locationId] = await ownLocationIds(req)
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: {
      producer_id: producer.id,
      location_id: locationId ?? null,
      stock: Object.fromEntries(body.variants.map((v) => [v.sku, v.stock ?? 0])),
      product: {
        title: body.title,
        subtitle: body.subtitle ?? undefined,
        description: body.description ?? undefined,
        handle,
        status: "draft",
        thumbnail: body.thumbnail ?? body.images?.[0] ?? undefined,
        images: (body.images ?? []).map((url) => ({ url })),
        options: [{ title: OPTION_TITLE, values: body.variants.map((v) => v.title) }],
        variants: body.variants.map((v, i) => ({
          title: v.title,
          variant_rank: i,
          sku: v.sku,
          barcode: v.barcode ?? undefined,
          manage_inventory: true,
          options: { [OPTION_TITLE]: v.title },
          prices: [{ amount: v.price, currency_code: "vnd" }],
          metadata: { pack_size: v.pack_size ?? null },
        })),
        metadata: { product_set: body.product_set_code, producer_id: producer.id },
      } as any,
    },
  })
  res.status(201).json({ product: await loadPortalProduct(req.scope, result.id) })
}
