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
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-1/3 text-brand-300">
            <path
              fill="currentColor"
              d="M32 6c-3 8-10 12-18 13 1 14 7 26 18 33 11-7 17-19 18-33-8-1-15-5-18-13zm0 9c3 4 7 7 11 8-1 9-5 17-11 22-6-5-10-13-11-22 4-1 8-4 11-8z"
            />
          </svg>
        </div>
      )}
    </div>
  )
}
