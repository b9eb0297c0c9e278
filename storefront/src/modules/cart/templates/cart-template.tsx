import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getProductByHandle } from "@/lib/data/products"
import { groupByProducer, vnd, type ProducerRef } from "@/lib/shop"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"
import ProductImage from "@/modules/common/components/product-image"
import StarBadge from "@/modules/common/components/star-badge"
import LineControls from "@/modules/cart/components/line-controls"
import type { StoreProduct } from "@ocop/contract"

type Line = HttpTypes.StoreCartLineItem

/**
 * The cart, grouped by producer (each producer ships its own lines). A line whose product is no
 * longer served by the certified catalogue (certificate expired, suspended or revoked since it
 * was added) is shown refused, with the reason, and blocks checkout until removed.
 */
export default async function CartTemplate({ cart }: { cart: HttpTypes.StoreCart | null }) {
  const t = await getTranslations("cart")
  const lines = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))

  if (!cart || lines.length === 0) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
        <div data-testid="cart-empty" className="mt-6 rounded-2xl bg-white p-6 text-center ring-1 ring-line">
          <p className="text-muted">{t("empty")}</p>
          <Link href="/products" className={`${PRIMARY_BUTTON} mt-4`}>
            {t("browse")}
          </Link>
        </div>
      </div>
    )
  }

  const handles = [...new Set(lines.map((l) => l.product_handle).filter((h): h is string => Boolean(h)))]
  const products = new Map<string, StoreProduct | null>(
    await Promise.all(handles.map(async (h) => [h, await getProductByHandle(h).catch(() => null)] as const))
  )
  const producerOf = (handle: string): ProducerRef | null => {
    const p = products.get(handle)?.producer
    return p ? { id: p.id, name: p.name, handle: (p as { handle?: string | null }).handle ?? null } : null
  }
  const refused = (line: Line) => !line.product_handle || !products.get(line.product_handle)
  const groups = groupByProducer(lines, producerOf)
  const anyRefused = lines.some(refused)

  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("subtitle")}</p>

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-5">
          {groups.map((group) => (
            <section
              key={group.producer?.id ?? "refused"}
              data-testid="cart-producer-group"
              aria-labelledby={`producer-${group.producer?.id ?? "refused"}`}
              className="overflow-hidden rounded-2xl bg-white ring-1 ring-line"
            >
              <h2
                id={`producer-${group.producer?.id ?? "refused"}`}
                className="border-b border-line bg-brand-50/60 px-4 py-3 text-sm font-semibold text-brand-900"
              >
                {group.producer ? (
                  <>
                    <span className="font-normal text-muted">{t("producer")} </span>
                    {group.producer.handle ? (
                      <Link
                        href={`/producers/${group.producer.handle}`}
                        className="underline-offset-2 hover:underline"
                        data-testid="cart-producer-link"
                      >
                        {group.producer.name}
                      </Link>
                    ) : (
                      group.producer.name
                    )}
                  </>
                ) : (
                  t("unavailableGroup")
                )}
              </h2>
              <ul className="divide-y divide-line">
                {group.lines.map((line) => {
                  const product = line.product_handle ? products.get(line.product_handle) : null
                  const isRefused = refused(line)
                  const stock = line.variant as { inventory_quantity?: number | null; manage_inventory?: boolean } | undefined
                  const stockLimit = stock?.manage_inventory === false ? null : (stock?.inventory_quantity ?? null)
                  const lineTotal = line.total ?? (line.unit_price ?? 0) * (line.quantity ?? 0)
                  return (
                    <li key={line.id} data-testid="cart-line" data-refused={isRefused} className="flex gap-3 p-4">
                      <div className="w-20 shrink-0 overflow-hidden rounded-lg sm:w-24">
                        <ProductImage src={line.thumbnail} alt="" />
                      </div>
                      <div className="min-w-0 flex-1 space-y-2">
                        <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                          <div className="min-w-0">
                            <p className="font-semibold text-ink">
                              {product ? (
                                <Link href={`/products/${line.product_handle}`} className="hover:text-brand-700">
                                  {line.product_title ?? line.title}
                                </Link>
                              ) : (
                                (line.product_title ?? line.title)
                              )}
                            </p>
                            <p className="text-sm text-muted">
                              {line.variant_title} · {vnd(line.unit_price)}
                            </p>
                            {product?.certificate && <StarBadge stars={product.certificate.stars} size="sm" className="mt-1" />}
                          </div>
                          <p className="tabular-nums font-bold text-brand-800" data-testid="cart-line-total">
                            {vnd(lineTotal)}
                          </p>
                        </div>
                        {isRefused && (
                          <p
                            role="note"
                            data-testid="cart-line-refused"
                            className="rounded-lg bg-status-expired/10 p-2.5 text-sm font-medium text-status-expired"
                          >
                            {t("refused")}
                          </p>
                        )}
                        <LineControls
                          lineId={line.id}
                          title={line.product_title ?? line.title ?? ""}
                          quantity={line.quantity ?? 1}
                          stock={stockLimit}
                          refused={isRefused}
                        />
                      </div>
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
        </div>

        <aside
          aria-labelledby="cart-summary-title"
          className="h-fit space-y-4 rounded-2xl bg-white p-5 ring-1 ring-line lg:sticky lg:top-24"
        >
          <h2 id="cart-summary-title" className="font-display text-lg font-bold text-brand-900">
            {t("summary")}
          </h2>
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between gap-4">
              <dt className="text-muted">{t("itemTotal")}</dt>
              <dd className="tabular-nums font-semibold" data-testid="cart-item-total">
                {vnd(cart.item_total)}
              </dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-muted">{t("shipping")}</dt>
              <dd className="text-right text-muted">{t("shippingLater")}</dd>
            </div>
          </dl>
          {anyRefused ? (
            <p role="alert" className="text-sm font-medium text-status-expired">
              {t("removeRefused")}
            </p>
          ) : (
            <Link href="/checkout" className={`${PRIMARY_BUTTON} w-full`} data-testid="cart-checkout">
              {t("checkout")}
            </Link>
          )}
          <Link href="/products" className="block text-center text-sm font-medium text-brand-800 underline-offset-2 hover:underline">
            {t("continue")}
          </Link>
        </aside>
      </div>
    </div>
  )
}
