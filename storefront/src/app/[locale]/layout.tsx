import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"
import { routing } from "@/i18n/routing"
import Footer from "@/modules/layout/components/footer"
import Header from "@/modules/layout/components/header"

type Props = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: "metadata" })
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
  }
}

export const viewport: Viewport = {
  themeColor: "#12402c",
  width: "device-width",
  initialScale: 1,
}

/*
 * No generateStaticParams here on purpose: `next build` never needs a running backend. Shop
 * pages without per-shopper data (home, product pages) are rendered on first request and cached
 * (ISR, `revalidate` in the page; CDN-cacheable), and dropped at once when the backend revalidates
 * their tags. setRequestLocale lets next-intl read the locale without request headers, which would
 * make every page dynamic; nothing in this layout may read cookies (the cart count is client-side).
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "header" })

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages area="shop">
          <a
            href="#main"
            className="sr-only z-50 rounded-full bg-brand-700 px-4 py-2 text-sm font-semibold text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
          >
            {t("skipToContent")}
          </a>
          <Header />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <Footer />
        </ClientMessages>
      </body>
    </html>
  )
}
