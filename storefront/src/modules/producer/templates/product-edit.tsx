import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { deleteProduct, deleteVariant } from "@/lib/data/producer-actions"
import type { PortalProduct } from "@/lib/data/producer"
import CertificateStatusPill from "@/modules/common/components/certificate-status-pill"
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/modules/common/components/form-field"
import { decided } from "./dashboard"
import StarBadge from "@/modules/common/components/star-badge"
import type { CertifiedStars, EffectiveCertificateStatus } from "@ocop/domain"
import ExpiryFigure from "../components/expiry-figure"
import { FormAlert } from "../components/form-bits"
import ProductForm from "../components/product-form"

export default function ProductEdit({ product, saved }: { product: PortalProduct; saved: boolean }) {
  const t = useTranslations("producer.products")
  const tc = useTranslations("producer.certificates")
  const cert = product.certificate
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="font-display text-2xl font-bold text-brand-900">{product.title}</h1>
        {saved && <FormAlert message={t("saved")} tone="success" testId="product-saved" />}
      </div>

      <section
        className="space-y-2 rounded-2xl border border-line bg-white p-4 sm:p-5"
        data-testid="product-certificate"
        aria-labelledby="product-certificate-title"
      >
        <h2 id="product-certificate-title" className="font-display text-lg font-bold text-brand-900">
          {t("certificate")}
        </h2>
        {cert ? (
          <div className="flex flex-wrap items-center gap-2">
            <CertificateStatusPill status={(cert.effective_status ?? cert.status) as EffectiveCertificateStatus} />
            {decided(cert.status) && cert.stars ? <StarBadge stars={cert.stars as CertifiedStars} size="sm" /> : null}
            {decided(cert.status) && <ExpiryFigure days={cert.days_to_expiry} />}
            <Link
              href={`/producer/certificates/${cert.id}`}
              className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
            >
              {cert.decision_number}
            </Link>
          </div>
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted">{t("certificateNone")}</p>
            <Link
              href={`/producer/certificates/new?product=${product.id}`}
              className={PRIMARY_BUTTON}
              data-testid="submit-certificate-for-product"
            >
              {tc("submit")}
            </Link>
          </div>
        )}
        {product.listable && product.handle && (
          <Link
            href={`/products/${product.handle}`}
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
          >
            {t("view")}
          </Link>
        )}
      </section>

      <ProductForm product={product} />

      {(product.variants?.length ?? 0) > 1 && (
        <ul className="flex flex-wrap gap-2" data-testid="remove-variants">
          {product.variants!.map((v, i) => (
            <li key={v.id}>
              <form action={deleteVariant}>
                <input type="hidden" name="product_id" value={product.id} />
                <input type="hidden" name="variant_id" value={v.id} />
                <button type="submit" className={`${SECONDARY_BUTTON} text-status-expired`}>
                  {t("removeVariant", { n: i + 1 })}: {v.title}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      <details className="border-t border-line pt-4">
        <summary
          className={`${SECONDARY_BUTTON} cursor-pointer list-none text-status-expired ring-status-expired/30 [&::-webkit-details-marker]:hidden`}
        >
          {t("delete")}
        </summary>
        <form action={deleteProduct} className="mt-3 space-y-3 rounded-xl bg-status-expired/10 p-4">
          <p className="text-sm font-medium text-status-expired">{t("deleteConfirm")}</p>
          <input type="hidden" name="product_id" value={product.id} />
          <button type="submit" className={`${PRIMARY_BUTTON} bg-status-expired hover:bg-status-revoked`} data-testid="delete-product">
            {t("delete")}
          </button>
        </form>
      </details>
    </div>
  )
}
