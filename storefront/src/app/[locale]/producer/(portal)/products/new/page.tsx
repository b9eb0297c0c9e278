import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import ProductForm from "@/modules/producer/components/product-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.products")
  return { title: t("newTitle") }
}

export default async function NewProductPage() {
  const t = await getTranslations("producer.products")
  return (
    <div className="space-y-4">
      <h1 className="font-display text-2xl font-bold text-brand-900">{t("newTitle")}</h1>
      <ProductForm />
    </div>
  )
}
