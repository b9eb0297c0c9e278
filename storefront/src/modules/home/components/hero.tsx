import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function Hero() {
  const t = useTranslations("home.hero")
  return (
    <section className="relative overflow-hidden bg-brand-900 text-white">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 bg-[radial-gradient(circle_at_85%_20%,rgba(232,163,23,0.35),transparent_45%),radial-gradient(circle_at_10%_90%,rgba(47,154,98,0.45),transparent_50%)]"
      />
      <div className="relative mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-20">
        <p className="inline-flex items-center gap-2 rounded-full bg-white/10 px-3 py-1 text-xs font-semibold uppercase tracking-wider text-star ring-1 ring-white/20">
          <span aria-hidden="true">★★★</span>
          {t("eyebrow")}
        </p>
        <h1 className="mt-4 max-w-3xl font-display text-3xl font-bold leading-tight sm:text-5xl">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-base leading-relaxed text-brand-100 sm:text-lg">{t("subtitle")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/products"
            className="inline-flex items-center rounded-full bg-star px-5 py-2.5 text-sm font-semibold text-brand-900 shadow-sm hover:bg-amber-400"
          >
            {t("cta")}
          </Link>
          <Link
            href={{ pathname: "/", hash: "about-ocop" }}
            className="inline-flex items-center rounded-full px-5 py-2.5 text-sm font-semibold text-white ring-1 ring-white/40 hover:bg-white/10"
          >
            {t("secondary")}
          </Link>
        </div>
      </div>
    </section>
  )
}
