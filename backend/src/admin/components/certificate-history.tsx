import { Badge, Heading, Table } from "@medusajs/ui"
import { useLang } from "../hooks/use-lang"
import { SUPERSEDE_REASON_LABELS } from "../lib/domain"
import { formatDate } from "../lib/format"
import { pick } from "../lib/i18n"
import type { ProductCertificate } from "../lib/types"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { Stars } from "./stars"

type Props = { certificates: ProductCertificate[]; liveId: string | null }

/** Every certificate the product ever held, newest first: stars are never edited in place. */
export const CertificateHistory = ({ certificates, liveId }: Props) => {
  const { lang, t } = useLang()
  return (
    <div className="py-4" data-testid="ocop-history">
      <Heading level="h3" className="px-6 pb-3">
        {t("widget.history")}
      </Heading>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("common.stars")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.decision")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.issuedAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.validUntil")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {certificates.map((c) => (
              <Table.Row key={c.id} data-testid="ocop-history-row" data-certificate-id={c.id}>
                <Table.Cell>
                  <Stars stars={c.stars} lang={lang} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-2">
                    <span>{c.decision_number}</span>
                    {c.id === liveId && (
                      <Badge size="2xsmall" color="blue" className="shrink-0 whitespace-nowrap">
                        {t("widget.live")}
                      </Badge>
                    )}
                  </div>
                  <div className="text-ui-fg-subtle txt-compact-xsmall">{c.issuer}</div>
                </Table.Cell>
                <Table.Cell>{formatDate(c.issued_at, lang)}</Table.Cell>
                <Table.Cell>{formatDate(c.extension_until ?? c.valid_until, lang)}</Table.Cell>
                <Table.Cell>
                  <CertificateStatusBadge certificate={c} lang={lang} testId="ocop-history-status" />
                  {c.superseded_reason && (
                    <div className="text-ui-fg-subtle txt-compact-xsmall mt-1">
                      {pick(
                        (SUPERSEDE_REASON_LABELS as Record<string, { vi: string; en: string }>)[c.superseded_reason],
                        lang,
                        c.superseded_reason
                      )}
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  )
}
