import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listPortalProducts } from "@/lib/data/producer"
import ProductList from "@/modules/producer/templates/product-list"

type Props = { searchParams: Promise<{ q?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.products")
  return { title: t("title") }
}

export default async function ProducerProductsPage({ searchParams }: Props) {
  const { q } = await searchParams
  const { products, count } = await listPortalProducts(typeof q === "string" ? q : undefined, 0, 100)
  return <ProductList products={products} count={count} q={typeof q === "string" ? q : ""} />
}
