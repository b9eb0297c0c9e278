import { StatusBadge } from "@medusajs/ui"
import { statusColor, statusLabel } from "../lib/format"
import type { Lang } from "../lib/i18n"
import type { Certificate } from "../lib/types"

type Props = { certificate: Pick<Certificate, "effective_status" | "listable">; lang: Lang; testId?: string }

export const CertificateStatusBadge = ({ certificate, lang, testId }: Props) => (
  <StatusBadge
    color={statusColor(certificate)}
    data-testid={testId ?? "ocop-status-badge"}
    data-status={certificate.effective_status}
    className="whitespace-nowrap"
  >
    {statusLabel(certificate.effective_status, lang)}
  </StatusBadge>
)
