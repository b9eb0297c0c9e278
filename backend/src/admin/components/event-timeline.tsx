import { Heading, Text } from "@medusajs/ui"
import { useLang } from "../hooks/use-lang"
import { REVOCATION_GROUNDS, SUPERSEDE_REASON_LABELS } from "../lib/domain"
import { formatDateTime, statusLabel } from "../lib/format"
import type { Lang } from "../lib/i18n"
import type { CertificateEvent, ProductCertificate } from "../lib/types"
import { SafeLink } from "./safe-link"

type Props = { certificates: ProductCertificate[] }

/** A supersede event stores its reason code (renewed, upgraded…): show its label. */
function reasonText(e: CertificateEvent, lang: Lang): string | null {
  const label =
    e.to_status === "superseded" && e.reason ? (SUPERSEDE_REASON_LABELS as Record<string, { vi: string; en: string }>)[e.reason] : undefined
  return label ? label[lang] : e.reason
}

type Row = CertificateEvent & { decision_number: string; revocation_ground: string | null }

/** The append-only event log of all the product's certificates, newest first. */
export const EventTimeline = ({ certificates }: Props) => {
  const { lang, t } = useLang()
  const rows: Row[] = certificates
    .flatMap((c) =>
      c.events.map((e) => ({
        ...e,
        decision_number: c.decision_number,
        revocation_ground: e.to_status === "revoked" ? c.revocation_ground : null,
      }))
    )
    // Newest first; events in the same instant keep the creation event last.
    .sort(
      (a, b) =>
        new Date(b.occurred_at).getTime() - new Date(a.occurred_at).getTime() ||
        Number(a.from_status === null) - Number(b.from_status === null) ||
        b.id.localeCompare(a.id)
    )

  return (
    <div className="px-6 py-4" data-testid="ocop-events">
      <Heading level="h3" className="pb-3">
        {t("widget.events")}
      </Heading>
      {!rows.length && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("widget.noEvents")}
        </Text>
      )}
      <ol className="flex flex-col">
        {rows.map((e, i) => {
          const ground = REVOCATION_GROUNDS.find((g) => g.code === e.revocation_ground)
          return (
            <li key={e.id} className="relative flex gap-x-3 pb-4" data-testid="ocop-event" data-to-status={e.to_status}>
              <div className="flex flex-col items-center">
                <span className="bg-ui-tag-neutral-icon mt-1.5 size-2 shrink-0 rounded-full" />
                {i < rows.length - 1 && <span className="bg-ui-border-base mt-1 w-px flex-1" />}
              </div>
              <div className="flex min-w-0 flex-col gap-y-0.5">
                <Text size="small" weight="plus" leading="compact">
                  {e.from_status ? `${statusLabel(e.from_status, lang)} → ` : `${t("widget.created")}: `}
                  {statusLabel(e.to_status, lang)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatDateTime(e.occurred_at, lang)} ·{" "}
                  {e.actor_type ? t(`widget.actor.${e.actor_type}`, { defaultValue: e.actor_type }) : t("common.none")} ·{" "}
                  {e.decision_number}
                </Text>
                {ground && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {ground.article} — {ground[lang]}
                  </Text>
                )}
                {e.reason && (
                  <Text size="small" className="text-ui-fg-base whitespace-pre-wrap" data-testid="ocop-event-reason">
                    {reasonText(e, lang)}
                  </Text>
                )}
                {e.document_url && (
                  <SafeLink href={e.document_url} className="txt-compact-xsmall text-ui-fg-interactive">
                    {t("common.openDocument")} ↗
                  </SafeLink>
                )}
              </div>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
