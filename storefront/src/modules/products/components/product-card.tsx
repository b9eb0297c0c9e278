import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { provinceLabel } from "@/lib/labels"
import Price from "@/modules/common/components/price"
import ProductImage from "@/modules/common/components/product-image"
import StarBadge from "@/modules/common/components/star-badge"
import type { OcopProduct } from "@/types/ocop"

type Props = {
  product: OcopProduct
  priority?: boolean
}

/** Catalogue card: the whole card is clickable, but the link's name is the product title. */
export default function ProductCard({ product, priority = false }: Props) {
  const t = useTranslations("common")
  const amount = product.variants[0]?.calculated_price?.calculated_amount ?? null
  const producer = product.producer

  return (
    <article
      data-testid="product-card"
      className="group relative flex h-full flex-col overflow-hidden rounded-2xl bg-white ring-1 ring-line transition-shadow hover:shadow-lg hover:shadow-brand-900/5 focus-within:ring-2 focus-within:ring-brand-600"
    >
      <div className="relative">
        <ProductImage src={product.thumbnail ?? product.images[0]?.url} alt={product.title} priority={priority} />
        {product.certificate && (
          <StarBadge stars={product.certificate.stars} size="sm" className="absolute left-2 top-2 shadow-sm" />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        <h3 className="line-clamp-2 text-sm font-semibold leading-snug text-ink sm:text-base">
          <Link
            href={`/products/${product.handle}`}
            className="outline-none after:absolute after:inset-0 after:content-['']"
          >
            {product.title}
          </Link>
        </h3>
        {producer && (
          <p className="line-clamp-1 text-xs text-muted sm:text-sm" title={t("by", { producer: producer.name })}>
            {producer.name}
          </p>
        )}
        {producer?.province_code && (
          <p className="flex items-center gap-1 text-xs text-muted">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-clay-500">
              <path d="M10 1.5a6 6 0 0 0-6 6c0 4.4 6 11 6 11s6-6.6 6-11a6 6 0 0 0-6-6zm0 8.2a2.2 2.2 0 1 1 0-4.4 2.2 2.2 0 0 1 0 4.4z" />
            </svg>
            {provinceLabel(producer.province_code)}
          </p>
        )}
        <p className="mt-auto pt-2 text-base font-bold text-brand-800">
          <Price amount={amount} />
        </p>
      </div>
    </article>
  )
}
