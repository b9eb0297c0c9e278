import { CERTIFICATE_STATUS_LABELS } from "@ocop/domain"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { revocationGroundName, supersedeReasonName } from "@/lib/labels"
import { verifyTone, type VerifyTone } from "@/lib/verify-tone"
import type { VerifiedCertificate } from "@ocop/contract"

const TONE_CLASSES: Record<VerifyTone, { box: string; icon: string; path: string }> = {
  ok: {
    box: "bg-status-valid text-white",
    icon: "bg-white text-status-valid",
    path: "M7.6 13.6L4 10l-1.4 1.4 5 5L17.4 6.6 16 5.2z",
  },
  bad: {
    box: "bg-status-expired text-white",
    icon: "bg-white text-status-expired",
    path: "M15.3 3.3L10 8.6 4.7 3.3 3.3 4.7 8.6 10l-5.3 5.3 1.4 1.4 5.3-5.3 5.3 5.3 1.4-1.4-5.3-5.3 5.3-5.3z",
  },
  neutral: {
    box: "bg-status-pending-review text-white",
    icon: "bg-white text-status-pending-review",
    path: "M9 4h2v8H9V4zm0 10h2v2H9v-2z",
  },
}

export default function VerifyStatus({ certificate }: { certificate: VerifiedCertificate }) {
  const t = useTranslations("verify")
  const locale = useLocale()
  const tone = verifyTone(certificate)
  const status = certificate.effective_status
  const label = CERTIFICATE_STATUS_LABELS[status]?.[locale] ?? status
  const classes = TONE_CLASSES[tone]
  const explanation = tone === "ok" ? t("listable") : tone === "bad" ? t("notListable") : t("pending")
  const current =
    certificate.current_certificate_code && certificate.current_certificate_code !== certificate.verification_code
      ? certificate.current_certificate_code
      : null

  return (
    <section
      data-testid="verify-status"
      data-listable={String(certificate.listable)}
      data-status={status}
      data-tone={tone}
      role="status"
      className={`rounded-3xl p-5 shadow-sm sm:p-8 ${classes.box}`}
    >
      <div className="flex items-start gap-4">
        <span className={`flex size-14 shrink-0 items-center justify-center rounded-full sm:size-16 ${classes.icon}`}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-8 fill-current sm:size-9">
            <path d={classes.path} />
          </svg>
        </span>
        <div className="min-w-0">
          <p className="text-2xl font-bold leading-tight sm:text-4xl">{label}</p>
          <p className="mt-2 text-sm leading-relaxed text-white/90 sm:text-base">{explanation}</p>
          {certificate.revocation_ground && (
            <p className="mt-2 text-sm text-white/90">
              {t("revocationGround", { ground: revocationGroundName(certificate.revocation_ground, locale) })}
            </p>
          )}
          {certificate.superseded_reason && (
            <p className="mt-2 text-sm text-white/90">
              {t("supersededReason", { reason: supersedeReasonName(certificate.superseded_reason, locale) })}
            </p>
          )}
          {current && (
            <Link
              href={`/verify/${encodeURIComponent(current)}`}
              className="mt-3 inline-flex rounded-full bg-white px-4 py-2 text-sm font-semibold text-ink hover:bg-white/90"
            >
              {t("current")}
            </Link>
          )}
        </div>
      </div>
    </section>
  )
}
