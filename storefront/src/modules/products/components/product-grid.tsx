import type { OcopProduct } from "@/types/ocop"
import ProductCard from "./product-card"

type Props = {
  products: OcopProduct[]
  /** Load the first row's images eagerly. */
  eager?: number
}

export default function ProductGrid({ products, eager = 4 }: Props) {
  return (
    <ul data-testid="product-grid" className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} priority={i < eager} />
        </li>
      ))}
    </ul>
  )
}
