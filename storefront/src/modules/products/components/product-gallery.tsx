import { useTranslations } from "next-intl"
import ProductImage from "@/modules/common/components/product-image"
import type { StoreProduct } from "@ocop/contract"

/**
 * The product's photos: a swipeable strip (scroll snap) with numbered thumbnails that jump to
 * each photo. No client JavaScript; a single photo (or the placeholder) when there is only one.
 */
export default function ProductGallery({ product }: { product: StoreProduct }) {
  const t = useTranslations("product")
  const urls = [product.thumbnail, ...product.images.map((i) => i.url)].filter((u, i, all): u is string => !!u && all.indexOf(u) === i)

  if (urls.length <= 1) {
    return (
      <div data-testid="product-gallery">
        <ProductImage
          src={urls[0]}
          alt={product.title}
          priority
          aspect="aspect-[4/3] md:aspect-square"
          className="rounded-2xl ring-1 ring-line"
        />
      </div>
    )
  }

  return (
    <section aria-label={t("gallery")} data-testid="product-gallery" className="space-y-3">
      <ul className="flex snap-x snap-mandatory gap-2 overflow-x-auto rounded-2xl [scrollbar-width:none]" tabIndex={0}>
        {urls.map((url, i) => (
          <li key={url} id={`photo-${i + 1}`} className="w-full shrink-0 snap-center">
            <ProductImage
              src={url}
              alt={i === 0 ? product.title : `${product.title} (${i + 1}/${urls.length})`}
              priority={i === 0}
              aspect="aspect-[4/3] md:aspect-square"
              className="rounded-2xl ring-1 ring-line"
            />
          </li>
        ))}
      </ul>
      <ul className="grid grid-cols-5 gap-2">
        {urls.slice(0, 10).map((url, i) => (
          <li key={url}>
            <a
              href={`#photo-${i + 1}`}
              aria-label={`${t("gallery")} ${i + 1}/${urls.length}`}
              className="block overflow-hidden rounded-lg ring-1 ring-line hover:ring-brand-500"
            >
              <ProductImage src={url} alt="" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
