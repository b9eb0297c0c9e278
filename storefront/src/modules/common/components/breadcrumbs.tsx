import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AppLocale } from "@/i18n/routing"
import { breadcrumbJsonLd } from "@/lib/json-ld"
import { localizedUrl } from "@/lib/seo"
import JsonLd from "./json-ld"

export type Crumb = {
  label: string
  /** Path without the locale; the last crumb (this page) has none. */
  href?: string
}

/**
 * "Trang chủ › Sản phẩm thực phẩm › … › this page": a labelled navigation landmark, the current
 * page marked with aria-current, and the same trail as schema.org BreadcrumbList.
 */
export default function Breadcrumbs({ items, className = "" }: { items: Crumb[]; className?: string }) {
  const t = useTranslations("browse.nav")
  const locale = useLocale() as AppLocale

  return (
    <nav aria-label={t("breadcrumb")} data-testid="breadcrumbs" className={`text-sm text-muted ${className}`}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {items.map((crumb, i) => {
          const last = i === items.length - 1
          return (
            <li key={`${i}-${crumb.label}`} className="flex min-w-0 items-center gap-1.5">
              {i > 0 && (
                <span aria-hidden="true" className="text-muted/70">
                  ›
                </span>
              )}
              {crumb.href && !last ? (
                <Link href={crumb.href} className="rounded underline-offset-2 hover:text-brand-700 hover:underline">
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined} className="line-clamp-1 font-medium text-ink">
                  {crumb.label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
      <JsonLd data={breadcrumbJsonLd(items.map((c) => ({ name: c.label, url: c.href ? localizedUrl(locale, c.href) : undefined })))} />
    </nav>
  )
}
