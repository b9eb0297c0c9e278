import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function Footer() {
  const t = useTranslations("footer")
  const th = useTranslations("header")
  return (
    <footer className="mt-16 border-t border-line bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-3">
          <p className="font-display text-xl font-bold">
            OCOP Market{" "}
            <span className="text-star" aria-hidden="true">
              ★
            </span>
          </p>
          <p className="max-w-prose text-sm leading-relaxed text-brand-100">{t("about")}</p>
          <p className="max-w-prose text-sm leading-relaxed text-brand-100">{t("verifyHint")}</p>
        </div>
        <nav aria-label={t("nav")} className="text-sm">
          <ul className="space-y-2">
            <li>
              <Link href="/products" className="hover:underline">
                {th("products")}
              </Link>
            </li>
            <li>
              <Link href="/c" className="hover:underline">
                {th("categories")}
              </Link>
            </li>
            <li>
              <Link href="/provinces" className="hover:underline">
                {th("provinces")}
              </Link>
            </li>
            <li>
              <Link href={{ pathname: "/", hash: "about-ocop" }} className="hover:underline">
                {th("about")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="border-t border-brand-800">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-4 text-xs text-brand-200 sm:flex-row sm:justify-between sm:px-6">
          <p>{t("legal")}</p>
          <p>{t("copyright", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  )
}
