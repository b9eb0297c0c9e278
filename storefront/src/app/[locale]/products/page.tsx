import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { listProducts, PRODUCTS_PER_PAGE } from "@/lib/data/products"
import CatalogueTemplate from "@/modules/products/templates/catalogue-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as "vi" | "en", namespace: "metadata" })
  return { title: t("catalogueTitle") }
}

function parsePage(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1
  const value = Array.isArray(raw) ? raw[0] : raw
  if (!/^\d{1,6}$/.test(value)) return null
  const page = Number(value)
  return page >= 1 ? page : null
}

/** The certified catalogue, paginated by the backend (limit/offset), 24 per page. */
export default async function CataloguePage({ searchParams }: Props) {
  const page = parsePage((await searchParams).page)
  if (page === null) notFound()

  const { products, count } = await listProducts({
    limit: PRODUCTS_PER_PAGE,
    offset: (page - 1) * PRODUCTS_PER_PAGE,
  })
  const totalPages = Math.max(1, Math.ceil(count / PRODUCTS_PER_PAGE))
  if (page > totalPages) notFound()

  return <CatalogueTemplate products={products} count={count} page={page} totalPages={totalPages} />
}
