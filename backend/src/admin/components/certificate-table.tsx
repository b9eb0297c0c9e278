import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useLang } from "../hooks/use-lang"
import { expiryUrgency, PRODUCER_TYPES, provinceName, TIME_BOUND_STATUSES, type CertificateStatus, type ExpiryUrgency } from "../lib/domain"
import { daysLeft, formatDate } from "../lib/format"
import type { ListedCertificate } from "../lib/types"
import { CertificateStatusBadge } from "./certificate-status-badge"
import { Stars } from "./stars"
import { SafeLink } from "./safe-link"

type Props = { certificates: ListedCertificate[]; showDocument: boolean }

/** Days-left colour: past the re-evaluation window red, inside the expiring-soon window orange. */
const URGENCY_CLASS: Record<ExpiryUrgency, string> = {
  expired: "text-ui-fg-error",
  urgent: "text-ui-fg-error",
  soon: "text-ui-tag-orange-text",
  ok: "",
}

export const CertificateTable = ({ certificates, showDocument }: Props) => {
  const { lang, t } = useLang()
  const now = new Date()
  return (
    <div className="overflow-x-auto">
      <Table data-testid="ocop-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("common.product")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.producer")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.province")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.stars")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("common.validUntil")}</Table.HeaderCell>
            <Table.HeaderCell>{t("page.daysLeft")}</Table.HeaderCell>
            {showDocument && <Table.HeaderCell>{t("common.document")}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certificates.map((c) => {
            const left = daysLeft(c, now)
            const type = PRODUCER_TYPES.find((p) => p.code === c.producer?.type)
            return (
              <Table.Row key={c.id} data-testid="ocop-row" data-certificate-id={c.id} data-status={c.effective_status}>
                <Table.Cell className="max-w-[280px]">
                  {c.product ? (
                    <Link
                      to={`/products/${c.product.id}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                      data-testid="ocop-row-product"
                    >
                      {c.product.title}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-muted">{t("page.noProduct")}</span>
                  )}
                  <div className="text-ui-fg-subtle txt-compact-xsmall truncate">{c.decision_number}</div>
                </Table.Cell>
                <Table.Cell className="max-w-[240px]">
                  <div className="truncate">{c.producer?.name ?? t("common.none")}</div>
                  {type && <div className="text-ui-fg-subtle txt-compact-xsmall">{type[lang]}</div>}
                </Table.Cell>
                <Table.Cell>{(c.producer?.province_code && provinceName(c.producer.province_code)) || t("common.none")}</Table.Cell>
                <Table.Cell>
                  <Stars stars={c.stars} lang={lang} />
                </Table.Cell>
                <Table.Cell>
                  <CertificateStatusBadge certificate={c} lang={lang} />
                </Table.Cell>
                <Table.Cell>{formatDate(c.extension_until ?? c.valid_until, lang)}</Table.Cell>
                <Table.Cell>
                  {TIME_BOUND_STATUSES.includes(c.status as CertificateStatus) ? (
                    <Text size="small" className={URGENCY_CLASS[expiryUrgency(left)]}>
                      {left}
                    </Text>
                  ) : (
                    t("common.none")
                  )}
                </Table.Cell>
                {showDocument && (
                  <Table.Cell>
                    {c.document_url ? (
                      <SafeLink href={c.document_url} className="text-ui-fg-interactive" testId="ocop-row-document">
                        {t("common.openDocument")} ↗
                      </SafeLink>
                    ) : (
                      t("common.none")
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
