import { useTranslations } from "next-intl"

type Props = {
  src: string | null | undefined
  alt: string
  className?: string
  /** Eager for the first images on a page, lazy for the rest. */
  priority?: boolean
  /** Frame proportions; square by default. */
  aspect?: string
}

/**
 * A product photo in a square frame, or a quiet placeholder (a woven-basket motif in the
 * brand colours) when the producer has not uploaded one.
 */
export default function ProductImage({ src, alt, className = "", priority = false, aspect = "aspect-square" }: Props) {
  const t = useTranslations("common")
  return (
    <div className={`relative overflow-hidden bg-brand-50 ${aspect} ${className}`}>
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element -- images come from any backend file host
        <img
          src={src}
          alt={alt}
          loading={priority ? "eager" : "lazy"}
          decoding="async"
          className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
        />
      ) : (
        <div
          role="img"
          aria-label={t("noImage")}
          className="flex size-full items-center justify-center bg-gradient-to-br from-brand-50 via-clay-50 to-brand-100"
        >
          <span aria-hidden="true" className="icon-shield size-1/3 bg-brand-300" />
        </div>
      )}
    </div>
  )
}
