import { CERTIFIED_STARS } from "@ocop/domain"
import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Dashboard } from "@/lib/data/producer"
import { vnd } from "@/lib/shop"
import CertificateStatusPill from "@/modules/common/components/certificate-status-pill"
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/modules/common/components/form-field"
import StarBadge from "@/modules/common/components/star-badge"
import type { CertifiedStars, EffectiveCertificateStatus } from "@ocop/domain"
import ExpiryFigure from "../components/expiry-figure"

/** A submission still waiting for (or refused by) the office has no stars or validity to show yet. */
export function decided(status: string): boolean {
  return status !== "pending_review" && status !== "rejected"
}

const COUNT_KEYS = ["products", "listed_products", "pending_certificates", "new_orders", "low_stock"] as const

export function Section({ title, href, children, testId }: { title: string; href?: string; children: React.ReactNode; testId?: string }) {
  const t = useTranslations("producer.dashboard")
  return (
    <section
      className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5"
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id={`${testId}-title`} className="font-display text-lg font-bold text-brand-900">
          {title}
        </h2>
        {href && (
          <Link
            href={href}
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            {t("seeAll")}
          </Link>
        )}
      </div>
      {children}
    </section>
  )
}

export default function DashboardView({ dashboard, memberName }: { dashboard: Dashboard; memberName: string }) {
  const t = useTranslations("producer.dashboard")
  const to = useTranslations("producer.orders")
  const ts = useTranslations("producer.stock")
  const format = useFormatter()
  const counts = dashboard.counts ?? {}
  const shownCounts = COUNT_KEYS.filter((k) => typeof counts[k] === "number")

  return (
    <div className="space-y-5" data-testid="producer-dashboard">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-display text-2xl font-bold text-brand-900">{t("title")}</h1>
          <p className="text-sm text-muted">{t("hello", { name: memberName })}</p>
        </div>
        <div className="flex w-full gap-2 sm:w-auto">
          <Link href="/producer/products/new" className={`${PRIMARY_BUTTON} flex-1 sm:flex-none`}>
            {t("addProduct")}
          </Link>
          <Link href="/producer/certificates/new" className={`${SECONDARY_BUTTON} flex-1 sm:flex-none`}>
            {t("submitCertificate")}
          </Link>
        </div>
      </div>

      {shownCounts.length > 0 && (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="dashboard-counts">
          {shownCounts.map((k) => (
            <div key={k} className="rounded-xl border border-line bg-white p-3" data-testid={`count-${k}`}>
              <dt className="text-xs font-medium text-muted">{t(`counts.${k}`)}</dt>
              <dd className="font-display text-2xl font-bold text-brand-900">{counts[k]}</dd>
            </div>
          ))}
        </dl>
      )}

      <div className="grid gap-5 lg:grid-cols-2">
        <Section title={t("certificates")} href="/producer/certificates" testId="dashboard-certificates">
          {dashboard.certificates.length === 0 ? (
            <p className="text-sm text-muted">{t("noCertificates")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {dashboard.certificates.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/producer/certificates/${c.id}`}
                    className="flex min-h-11 flex-col gap-1 py-3 hover:bg-brand-50/50"
                    data-testid="dashboard-certificate"
                  >
                    <span className="font-semibold text-ink">{c.product_title ?? c.product?.title ?? c.decision_number}</span>
                    <span className="flex flex-wrap items-center gap-2">
                      <CertificateStatusPill status={(c.effective_status ?? c.status) as EffectiveCertificateStatus} />
                      {decided(c.status) && c.stars && (CERTIFIED_STARS as readonly number[]).includes(c.stars) && (
                        <StarBadge stars={c.stars as CertifiedStars} size="sm" />
                      )}
                      {decided(c.status) && <ExpiryFigure days={c.days_to_expiry} />}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title={t("newOrders")} href="/producer/orders" testId="dashboard-orders">
          {dashboard.new_orders.length === 0 ? (
            <p className="text-sm text-muted">{t("noNewOrders")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {dashboard.new_orders.map((o) => (
                <li key={o.id}>
                  <Link
                    href={`/producer/orders/${o.id}`}
                    className="flex min-h-11 items-center justify-between gap-3 py-3 hover:bg-brand-50/50"
                  >
                    <span>
                      <span className="block font-semibold text-ink">{to("number", { number: o.display_id ?? o.id.slice(-6) })}</span>
                      <span className="text-xs text-muted">
                        {to("placedOn", { date: format.dateTime(new Date(o.created_at), { dateStyle: "medium" }) })} ·{" "}
                        {o.item_count != null ? to("units", { count: o.item_count }) : to("lines", { count: o.items?.length ?? 0 })}
                      </span>
                    </span>
                    {typeof (o.item_total ?? o.total) === "number" && <span className="font-semibold">{vnd(o.item_total ?? o.total)}</span>}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title={t("lowStock")} href="/producer/stock" testId="dashboard-low-stock">
          {dashboard.low_stock.length === 0 ? (
            <p className="text-sm text-muted">{t("noLowStock")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {dashboard.low_stock.map((r) => (
                <li
                  key={`${r.variant_id}-${r.location_id}`}
                  className="flex min-h-11 items-center justify-between gap-3 py-3"
                  data-testid="low-stock-row"
                >
                  <span>
                    <span className="block font-semibold text-ink">{r.product_title}</span>
                    <span className="text-xs text-muted">{[r.variant_title, r.sku].filter(Boolean).join(" · ")}</span>
                  </span>
                  <span className="shrink-0 whitespace-nowrap rounded-full bg-status-expiring-soon/10 px-2.5 py-0.5 text-sm font-semibold text-status-expiring-soon">
                    {ts("available")}: {r.available}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </div>
  )
}
