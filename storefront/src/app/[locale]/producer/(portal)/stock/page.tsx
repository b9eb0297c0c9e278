import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listInventory, listStockLocations } from "@/lib/data/producer"
import StockRow from "@/modules/producer/components/stock-row"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.stock")
  return { title: t("title") }
}

/** Below this many available units a variant is flagged (the dashboard uses the backend's own list). */
const LOW = 5

export default async function ProducerStockPage() {
  const t = await getTranslations("producer.stock")
  const [locations, rows] = await Promise.all([listStockLocations(), listInventory()])
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      {locations.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line p-6 text-center text-muted">{t("noLocations")}</p>
      ) : rows.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line p-6 text-center text-muted">{t("empty")}</p>
      ) : (
        locations.map((loc) => {
          const own = rows.filter((r) => r.location_id === loc.id)
          if (!own.length) return null
          return (
            <section key={loc.id} className="space-y-3" aria-labelledby={`loc-${loc.id}`}>
              <h2 id={`loc-${loc.id}`} className="font-display text-lg font-bold text-brand-900">
                {t("location")}: {loc.name}
              </h2>
              <ul className="grid gap-3 lg:grid-cols-2">
                {own.map((r) => (
                  <StockRow key={`${r.variant_id}-${r.location_id}`} row={r} low={r.available <= LOW} />
                ))}
              </ul>
            </section>
          )
        })
      )}
    </div>
  )
}
