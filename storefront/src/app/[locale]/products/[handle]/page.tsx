import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductByHandle } from "@/lib/data/products"
import ProductTemplate from "@/modules/products/templates/product-template"

type Props = {
  params: Promise<{ locale: string; handle: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) return {}
  return {
    title: product.title,
    description: product.subtitle ?? product.description?.slice(0, 160) ?? undefined,
    openGraph: product.thumbnail ? { images: [product.thumbnail] } : undefined,
  }
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) notFound()
  return <ProductTemplate product={product} />
}
