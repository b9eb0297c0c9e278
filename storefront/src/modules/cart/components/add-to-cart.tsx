import { variantStock } from "@/lib/data/cart"
import type { OcopProduct } from "@/types/ocop"
import AddToCartForm from "./add-to-cart-form"

/** The product page's buy box: variant, quantity (up to the stock) and "add to cart". */
export default async function AddToCart({ product }: { product: OcopProduct }) {
  const stock = await variantStock(product.id)
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
