import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalProduct } from "@/lib/data/producer"
import ProductEdit from "@/modules/producer/templates/product-edit"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.products")
  return { title: t("editTitle") }
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params
  const { saved } = await searchParams
  const product = await getPortalProduct(id)
  if (!product) notFound()
  return <ProductEdit product={product} saved={saved === "1"} />
}
