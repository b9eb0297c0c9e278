import { Text } from "@medusajs/ui"
import { useLang } from "../hooks/use-lang"
import { PRODUCT_SETS, REVOCATION_GROUNDS, SUPERSEDE_REASON_LABELS, effectiveStatus, reevaluationWindow } from "../lib/domain"
import { STOREFRONT_VERIFY_URL, daysLeft, formatDate } from "../lib/format"
import { pick } from "../lib/i18n"
import type { ProductCertificate } from "../lib/types"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { Field } from "./field"
import { Stars } from "./stars"
import { SafeLink } from "./safe-link"

type Props = { certificate: ProductCertificate }

/** The live certificate's facts, as the QR page and the storefront badge show them. */
export const LiveCertificate = ({ certificate: c }: Props) => {
  const { lang, t } = useLang()
  const set = PRODUCT_SETS.find((s) => s.code === c.product_set)
  const ground = REVOCATION_GROUNDS.find((g) => g.code === c.revocation_ground)
  const left = daysLeft(c)
  const filing = reevaluationWindow(c.valid_until)
  const timeBound = ["valid", "reevaluation_pending", "extended"].includes(c.status)

  return (
    <div data-testid="ocop-live-certificate" data-certificate-id={c.id}>
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <span className="text-2xl leading-none">
          <Stars stars={c.stars} lang={lang} testId="ocop-stars" />
        </span>
        <CertificateStatusBadge certificate={c} lang={lang} />
        <Text size="small" className={c.listable ? "text-ui-fg-interactive" : "text-ui-fg-error"} data-testid="ocop-listable">
          {c.listable ? t("widget.listable") : t("widget.notListable")}
        </Text>
      </div>
      <div className="divide-y">
        <Field label={t("common.issuer")} testId="ocop-issuer">
          {c.issuer}
        </Field>
        <Field label={t("common.decision")} testId="ocop-decision">
          {c.decision_number}
        </Field>
        <Field label={t("common.issuedAt")}>{formatDate(c.issued_at, lang)}</Field>
        <Field label={t("common.validUntil")} testId="ocop-valid-until">
          {formatDate(c.valid_until, lang)}
          {timeBound && (
            <span className="text-ui-fg-subtle">
              {" "}
              · {left >= 0 ? t("common.daysLeft", { days: left }) : t("common.daysOverdue", { days: -left })}
            </span>
          )}
        </Field>
        {c.extension_until && <Field label={t("common.extensionUntil")}>{formatDate(c.extension_until, lang)}</Field>}
        {effectiveStatus(c, new Date()) === "expiring_soon" && (
          <Field label={t("actions.reevaluate")}>
            {t("widget.reevaluationWindow", { opens: formatDate(filing.opens, lang), closes: formatDate(filing.closes, lang) })}
          </Field>
        )}
        {c.score != null && <Field label={t("common.score")}>{c.score}</Field>}
        <Field label={t("common.productSet")}>{set ? `${set.code}. ${set[lang]}` : c.product_set}</Field>
        {ground && <Field label={t("widget.revocationGround")}>{`${ground.article} — ${ground[lang]}`}</Field>}
        {c.superseded_reason && (
          <Field label={t("widget.supersededReason")}>
            {pick((SUPERSEDE_REASON_LABELS as Record<string, { vi: string; en: string }>)[c.superseded_reason], lang, c.superseded_reason)}
          </Field>
        )}
        <Field label={t("widget.verificationCode")} testId="ocop-verification-code">
          <a
            href={`${STOREFRONT_VERIFY_URL}${encodeURIComponent(c.verification_code)}`}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
            data-testid="ocop-verify-link"
            title={t("widget.openVerifyPage")}
          >
            {c.verification_code} ↗
          </a>
        </Field>
        {c.document_url && (
          <Field label={t("common.document")}>
            <SafeLink href={c.document_url} className="text-ui-fg-interactive" testId="ocop-document-link">
              {t("common.openDocument")} ↗
            </SafeLink>
          </Field>
        )}
      </div>
    </div>
  )
}
