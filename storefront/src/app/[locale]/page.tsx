import { listProducts } from "@/lib/data/products"
import HomeTemplate from "@/modules/home/templates/home-template"

/** Home: hero and the first 12 certified products. */
export default async function HomePage() {
  const { products, count } = await listProducts({ limit: 12, offset: 0 })
  return <HomeTemplate products={products} count={count} />
}
