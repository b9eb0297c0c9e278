import { Heading, Text } from "@medusajs/ui"
import { useLang } from "../hooks/use-lang"
import { formatDate } from "../lib/format"
import type { ProductCertificate } from "../lib/types"
import { CertificateActions } from "./certificate-actions"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { Stars } from "./stars"
import { SafeLink } from "./safe-link"

type Props = { certificates: ProductCertificate[] }

/** Submissions awaiting review that are not the live certificate (a new evaluation sent in). */
export const PendingSubmissions = ({ certificates }: Props) => {
  const { lang, t } = useLang()
  if (!certificates.length) return null
  return (
    <div className="py-4" data-testid="ocop-pending-submissions">
      <Heading level="h3" className="px-6 pb-2">
        {t("page.tabs.review")}
      </Heading>
      {certificates.map((c) => (
        <div key={c.id} data-testid="ocop-pending-submission" data-certificate-id={c.id}>
          <div className="flex flex-wrap items-center gap-3 px-6 pt-2">
            <Stars stars={c.stars} lang={lang} />
            <CertificateStatusBadge certificate={c} lang={lang} />
            <Text size="small">
              {c.decision_number} · {c.issuer} · {formatDate(c.issued_at, lang)}
            </Text>
            {c.document_url && (
              <SafeLink href={c.document_url} className="txt-compact-small text-ui-fg-interactive">
                {t("common.openDocument")} ↗
              </SafeLink>
            )}
          </div>
          <CertificateActions certificate={c} />
        </div>
      ))}
    </div>
  )
}
