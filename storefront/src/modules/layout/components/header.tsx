import { Suspense } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import SearchBox from "@/modules/search/components/search-box"
import HeaderShopLinks from "@/modules/cart/components/header-cart-link"
import LocaleSwitcher from "./locale-switcher"

export default function Header() {
  const t = useTranslations("header")
  const tl = useTranslations("localeSwitcher")
  const switcherProps = { label: tl("label"), names: { vi: tl("vi"), en: tl("en") } }

  return (
    <header className="sticky top-0 z-30 border-b border-line bg-paper/90 backdrop-blur supports-[backdrop-filter]:bg-paper/75">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-2 sm:gap-x-5 sm:px-6 lg:h-16 lg:flex-nowrap lg:py-0">
        <Link href="/" aria-label={t("homeLink")} className="flex min-w-0 shrink-0 items-center gap-2">
          <span
            aria-hidden="true"
            className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-brand-700 text-sm font-bold text-star"
          >
            ★
          </span>
          <span className="flex min-w-0 flex-col gap-0.5 leading-none">
            <span className="font-display text-lg font-bold text-brand-900 sm:text-xl">OCOP Market</span>
            <span className="hidden truncate text-[11px] leading-tight text-muted sm:block">{t("tagline")}</span>
          </span>
        </Link>

        {/* full width on its own row on phones and tablets, between the logo and the menu from `lg` up */}
        <div className="order-last w-full lg:order-none lg:max-w-md lg:flex-1">
          <SearchBox />
        </div>

        <div className="flex shrink-0 items-center gap-2 sm:gap-5">
          <nav aria-label={t("nav")}>
            <ul className="flex items-center gap-3 text-sm font-medium sm:gap-5">
              <li>
                <Link href="/products" className="text-ink hover:text-brand-700">
                  {t("products")}
                </Link>
              </li>
              <li className="hidden sm:block">
                <Link href="/c" className="text-ink hover:text-brand-700">
                  {t("categories")}
                </Link>
              </li>
              <li className="hidden md:block">
                <Link href="/provinces" className="text-ink hover:text-brand-700">
                  {t("provinces")}
                </Link>
              </li>
              {/* from xl only: at lg the search box sits in this row and the row would overflow */}
              <li className="hidden xl:block">
                <Link href={{ pathname: "/", hash: "about-ocop" }} className="text-ink hover:text-brand-700">
                  {t("about")}
                </Link>
              </li>
            </ul>
          </nav>
          <Suspense fallback={<LocaleSwitcher {...switcherProps} withQuery={false} />}>
            <LocaleSwitcher {...switcherProps} />
          </Suspense>
          <HeaderShopLinks />
        </div>
      </div>
    </header>
  )
}
