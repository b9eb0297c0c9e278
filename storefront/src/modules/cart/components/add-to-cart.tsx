import type { VariantStock } from "@/lib/browse"
import type { StoreProduct } from "@ocop/contract"
import AddToCartForm from "./add-to-cart-form"

/**
 * The product page's buy box: variant, quantity (up to the stock) and "add to cart". The stock is
 * the page's own (cached with it, dropped with the product's tag): no uncached fetch here, so the
 * page stays cacheable; the backend checks stock again when the item is added.
 */
export default function AddToCart({ product, stock: variantsStock }: { product: StoreProduct; stock: VariantStock[] | null }) {
  const stock: Record<string, number | null> = Object.fromEntries(
    (variantsStock ?? []).map((v) => [v.id, v.manage_inventory === false ? null : (v.inventory_quantity ?? 0)])
  )
  const variants = product.variants.map((v) => ({
    id: v.id,
    title: v.title,
    amount: v.calculated_price?.calculated_amount ?? null,
    // null: inventory not managed or unknown, so not limited here (the backend still checks)
    stock: v.id in stock ? stock[v.id] : null,
  }))
  if (variants.length === 0) return null
  return <AddToCartForm variants={variants} />
}
