import type { VariantStock } from "@/lib/browse"
import { getSdk, isNotFoundError, REVALIDATE_SECONDS } from "@/lib/config"
import { LISTING_TAG, productTag, STOCK_TAG, type StoreProduct, type StoreProductResponse } from "@ocop/contract"

/**
 * One listable product by handle, or null when the backend does not serve it (unknown,
 * unpublished or delisted). The page is a listing surface too, so it also carries the
 * `listing` tag: a delisting that only revalidates `listing` still drops it.
 */
export async function getProductByHandle(handle: string): Promise<StoreProduct | null> {
  try {
    const { product } = await getSdk().client.fetch<StoreProductResponse>(`/store/ocop/products/${encodeURIComponent(handle)}`, {
      method: "GET",
      next: { tags: [productTag(handle), LISTING_TAG], revalidate: REVALIDATE_SECONDS },
    })
    return product ?? null
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

/** Stock figures change with every order: cached briefly, and dropped with the product's tag. */
export const STOCK_REVALIDATE_SECONDS = 30

type StoreProductStockResponse = {
  products: { id: string; handle: string; variants: VariantStock[] | null }[]
}

/**
 * Stock of each variant of a product, from Medusa's own GET /store/products (inventory
 * quantities of the publishable key's sales channel stock locations), or null when the backend
 * does not say (the page then shows no stock line rather than a wrong one).
 */
export async function getProductStock(handle: string): Promise<VariantStock[] | null> {
  try {
    const { products } = await getSdk().client.fetch<StoreProductStockResponse>("/store/products", {
      method: "GET",
      query: {
        handle,
        fields: "id,handle,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
        limit: 1,
      },
      next: { tags: [productTag(handle), STOCK_TAG], revalidate: STOCK_REVALIDATE_SECONDS },
    })
    return products[0]?.variants ?? null
  } catch (error) {
    console.error(`Stock of ${handle} unavailable:`, error instanceof Error ? error.message : error)
    return null
  }
}
