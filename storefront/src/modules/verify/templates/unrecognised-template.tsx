import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import QrCode from "@/modules/verify/components/qr-code"
import type { UnrecognisedCertificate } from "@ocop/contract"

type Props = {
  certificate: UnrecognisedCertificate
  /** Absolute URL of this page, encoded in the QR code. */
  pageUrl: string
}

/**
 * A code the OCOP office never recognised (a submission under review or a rejected one): the page
 * vouches for nothing — no badge, no stars, no product or producer details — and warns the shopper.
 */
export default function UnrecognisedTemplate({ certificate, pageUrl }: Props) {
  const t = useTranslations("verify")
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-10">
      <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-1 font-display text-2xl font-bold leading-tight text-ink sm:text-3xl">{t("unrecognised.title")}</h1>
      <p className="mt-1 font-mono text-sm text-muted">{t("code", { code: certificate.verification_code })}</p>

      <div className="mt-6 grid gap-6 md:grid-cols-[1fr_auto]">
        <section
          data-testid="verify-unrecognised"
          data-status={certificate.status}
          role="status"
          className="rounded-3xl bg-status-expired p-5 text-white shadow-sm sm:p-8"
        >
          <p className="text-xl font-bold leading-tight sm:text-2xl">{t("unrecognised.title")}</p>
          <p className="mt-2 text-sm leading-relaxed text-white/90 sm:text-base">
            {certificate.status === "rejected" ? t("unrecognised.rejected") : t("unrecognised.pending")}
          </p>
          <p className="mt-2 text-sm leading-relaxed text-white/90 sm:text-base">{t("unrecognised.warning")}</p>
          <Link href="/" className="mt-4 inline-flex rounded-full bg-white px-4 py-2 text-sm font-semibold text-ink hover:bg-white/90">
            {t("notFound.back")}
          </Link>
        </section>
        <div className="md:w-56">
          <QrCode url={pageUrl} />
        </div>
      </div>
    </div>
  )
}
