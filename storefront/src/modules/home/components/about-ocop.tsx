import { useTranslations } from "next-intl"

const ITEMS = [
  { key: "listed", icon: "M10 1l7 3v5c0 4.4-3 8.3-7 9.5C6 17.3 3 13.4 3 9V4l7-3zm-1 11.6l5-5-1.4-1.4L9 9.8 7.4 8.2 6 9.6l3 3z" },
  { key: "stars", icon: "M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8L10 14.8l-5.2 2.8 1-5.8L1.5 7.7l5.9-.8L10 1.5z" },
  {
    key: "verify",
    icon: "M3 3h6v6H3V3zm2 2v2h2V5H5zm6-2h6v6h-6V3zm2 2v2h2V5h-2zM3 11h6v6H3v-6zm2 2v2h2v-2H5zm6-2h2v2h-2v-2zm4 0h2v2h-2v-2zm-2 2h2v2h-2v-2zm2 2h2v2h-2v-2zm-4 0h2v2h-2v-2z",
  },
] as const

export default function AboutOcop() {
  const t = useTranslations("home.about")
  return (
    <section id="about-ocop" aria-labelledby="about-ocop-title" className="scroll-mt-20 border-b border-line bg-white">
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <h2 id="about-ocop-title" className="sr-only">
          {t("title")}
        </h2>
        <ul className="grid gap-6 sm:grid-cols-3">
          {ITEMS.map(({ key, icon }) => (
            <li key={key} className="flex gap-3">
              <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700">
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
                  <path d={icon} />
                </svg>
              </span>
              <div>
                <h3 className="font-semibold text-ink">{t(`${key}.title`)}</h3>
                <p className="mt-1 text-sm leading-relaxed text-muted">{t(`${key}.body`)}</p>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
