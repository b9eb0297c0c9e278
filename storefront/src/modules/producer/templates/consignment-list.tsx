import { CONSIGNMENT_STATUS_LABELS } from "@ocop/domain"
import { useFormatter, useLocale, useTranslations } from "next-intl"
import type { Consignment } from "@/lib/data/consignments"
import ConsignmentDecision from "../components/consignment-decision"

/**
 * Points of sale ask the producer for goods on consignment; nothing leaves the producer's store
 * until it confirms here (or the OCOP office approves in its place).
 */
export default function ConsignmentList({ consignments }: { consignments: Consignment[] }) {
  const t = useTranslations("producer.consignments")
  const format = useFormatter()
  const lang = useLocale() === "en" ? "en" : "vi"
  return (
    <section className="space-y-4" data-testid="consignment-list">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </header>
      {consignments.length === 0 ? (
        <p data-testid="consignments-empty">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {consignments.map((c) => (
            <li key={c.id} className="space-y-2 rounded-lg border border-line p-4" data-testid="consignment" data-status={c.status}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-medium">{c.point.name ?? c.point.id}</h2>
                <span className="text-sm" data-testid="consignment-status">
                  {CONSIGNMENT_STATUS_LABELS[c.status][lang]}
                </span>
              </div>
              <p className="text-xs text-muted">
                {format.dateTime(new Date(c.created_at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" })}
              </p>
              <ul className="text-sm">
                {c.lines.map((l) => (
                  <li key={l.variant_id}>
                    {t("line", { quantity: l.quantity, product: l.product_title ?? l.sku ?? l.variant_id, variant: l.variant_title ?? "" })}
                  </li>
                ))}
              </ul>
              {c.note && <p className="text-sm">{c.note}</p>}
              {c.refusal_reason && <p className="text-sm text-muted">{t("refusedBecause", { reason: c.refusal_reason })}</p>}
              {c.allowed_transitions.includes("confirmed") && <ConsignmentDecision consignmentId={c.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
