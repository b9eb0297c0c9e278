import { useTranslations } from "next-intl"
import ProductImage from "@/modules/common/components/product-image"
import type { OcopProduct } from "@/types/ocop"

/** Main photo plus thumbnails of the other images (no client JS: a simple strip). */
export default function ProductGallery({ product }: { product: OcopProduct }) {
  const t = useTranslations("product")
  const urls = [product.thumbnail, ...product.images.map((i) => i.url)].filter(
    (u, i, all): u is string => !!u && all.indexOf(u) === i
  )
  const [main, ...rest] = urls

  return (
    <div aria-label={t("gallery")} role="group" className="space-y-3">
      <ProductImage
        src={main}
        alt={product.title}
        priority
        aspect="aspect-[4/3] md:aspect-square"
        className="rounded-2xl ring-1 ring-line"
      />
      {rest.length > 0 && (
        <ul className="grid grid-cols-4 gap-2">
          {rest.slice(0, 8).map((url) => (
            <li key={url}>
              <ProductImage src={url} alt="" className="rounded-lg ring-1 ring-line" />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
