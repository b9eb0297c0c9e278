import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listPortalProducts } from "@/lib/data/producer"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"
import CertificateForm from "@/modules/producer/components/certificate-form"

type Props = { searchParams: Promise<{ product?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.certificates")
  return { title: t("newTitle") }
}

export default async function NewCertificatePage({ searchParams }: Props) {
  const { product } = await searchParams
  const t = await getTranslations("producer.certificates")
  const tp = await getTranslations("producer.products")
  const { products } = await listPortalProducts(undefined, 0, 100)
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("newTitle")}</h1>
        <p className="text-sm text-muted">{t("newIntro")}</p>
      </div>
      {products.length === 0 ? (
        <div className="space-y-3 rounded-2xl border border-dashed border-line p-6 text-center">
          <p className="text-muted">{t("noProducts")}</p>
          <Link href="/producer/products/new" className={PRIMARY_BUTTON}>
            {tp("add")}
          </Link>
        </div>
      ) : (
        <CertificateForm
          products={products.map((p) => ({ id: p.id, title: p.title }))}
          productId={typeof product === "string" ? product : undefined}
        />
      )}
    </div>
  )
}
