import { CERTIFICATE_STATUS_LABELS } from "@ocop/domain"
import { useFormatter, useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { PortalCertificate } from "@/lib/data/producer"
import SafeLink from "@/modules/common/components/safe-link"
import { FormAlert } from "../components/form-bits"
import ReevaluateButton from "../components/reevaluate-button"
import { CertificateSummary } from "./certificate-list"

function statusLabel(status: string | null | undefined, locale: "vi" | "en"): string {
  if (!status) return "—"
  return (CERTIFICATE_STATUS_LABELS as Record<string, { vi: string; en: string }>)[status]?.[locale] ?? status
}

export default function CertificateDetail({ certificate: c, submitted }: { certificate: PortalCertificate; submitted: boolean }) {
  const t = useTranslations("producer.certificates")
  const te = useTranslations("producer.expiry")
  const format = useFormatter()
  const locale = useLocale() as "vi" | "en"
  const events = [...(c.events ?? [])].sort((a, b) =>
    String(b.occurred_at ?? b.created_at).localeCompare(String(a.occurred_at ?? a.created_at))
  )
  const date = (d?: string | null) => (d ? format.dateTime(new Date(d), { dateStyle: "medium" }) : "")
  return (
    <div className="space-y-5" data-testid="certificate-detail">
      <div className="space-y-2">
        <Link href="/producer/certificates" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700">
          ← {t("title")}
        </Link>
        <h1 className="font-display text-2xl font-bold text-brand-900">{c.product_title ?? c.product?.title ?? c.decision_number}</h1>
        {submitted && <FormAlert message={t("submitted")} tone="success" testId="certificate-submitted" />}
      </div>
      <section className="space-y-3 rounded-2xl border border-line bg-white p-4 sm:p-5">
        <CertificateSummary c={c} />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-muted">{t("issuer")}</dt>
            <dd className="font-medium">{c.issuer}</dd>
          </div>
          {c.issued_at && (
            <div>
              <dt className="text-muted">{t("decisionDate")}</dt>
              <dd className="font-medium">{date(c.issued_at)}</dd>
            </div>
          )}
          {c.score != null && (
            <div>
              <dt className="text-muted">{t("score")}</dt>
              <dd className="font-medium">{c.score}</dd>
            </div>
          )}
          {c.verification_code && (
            <div>
              <dt className="text-muted">QR</dt>
              <dd>
                <Link href={`/verify/${c.verification_code}`} className="font-medium text-brand-700 underline">
                  {c.verification_code}
                </Link>
              </dd>
            </div>
          )}
        </dl>
        {c.document_url && (
          <SafeLink href={c.document_url} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
            {t("document")}
          </SafeLink>
        )}
      </section>

      {c.in_reevaluation_window ? (
        <section className="space-y-2 rounded-2xl border border-status-expiring-soon/30 bg-status-expiring-soon/10 p-4">
          <p className="text-sm font-medium text-status-expiring-soon">{te("window")}</p>
          <ReevaluateButton certificateId={c.id} />
        </section>
      ) : (
        ["valid", "expiring_soon"].includes(c.effective_status ?? c.status) && <p className="text-sm text-muted">{t("reevaluationHint")}</p>
      )}

      <section className="space-y-3" aria-labelledby="cert-history">
        <h2 id="cert-history" className="font-display text-lg font-bold text-brand-900">
          {t("history")}
        </h2>
        {events.length === 0 ? (
          <p className="text-sm text-muted">{t("noHistory")}</p>
        ) : (
          <ol className="space-y-2 border-l-2 border-line pl-4" data-testid="certificate-history">
            {events.map((ev, i) => (
              <li key={ev.id ?? i} className="text-sm">
                <p className="font-semibold text-ink">
                  {ev.from_status ? `${statusLabel(ev.from_status, locale)} → ` : ""}
                  {statusLabel(ev.to_status, locale)}
                </p>
                <p className="text-xs text-muted">
                  {ev.occurred_at || ev.created_at
                    ? format.dateTime(new Date((ev.occurred_at ?? ev.created_at)!), { dateStyle: "medium", timeStyle: "short" })
                    : ""}
                  {ev.reason ? ` · ${ev.reason}` : ""}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
