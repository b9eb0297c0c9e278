import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import type { ReactNode } from "react"
import { getPortalSession } from "@/lib/data/producer"
import ApprovalBanner from "@/modules/producer/components/approval-banner"
import PortalNav from "@/modules/producer/components/portal-nav"
import { ClientMessages } from "@/i18n/client-messages"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer")
  return { title: { default: t("metaTitle"), template: `%s · ${t("metaTitle")}` }, robots: { index: false } }
}

/**
 * Every portal screen: the producer must be logged in and have a profile; the approval state is
 * shown until the office approves. Room is kept at the bottom for the phone's fixed tab bar.
 */
export default async function ProducerPortalLayout({ children }: { children: ReactNode }) {
  const session = await getPortalSession()
  const locale = await getLocale()
  if (session.state === "anonymous") redirect(`/${locale}/producer/login`)
  if (session.state === "no_producer") redirect(`/${locale}/producer/onboarding`)
  const t = await getTranslations("producer")
  return (
    <ClientMessages area="producer">
      <div className="mx-auto w-full max-w-5xl px-4 pb-10 pt-4 sm:px-6" data-testid="producer-portal">
        {/* room under the page (footer included) for the phone's fixed tab bar */}
        <style>{"@media (max-width: 767px) { body { padding-bottom: calc(3.5rem + env(safe-area-inset-bottom)) } }"}</style>
        <div className="mb-4 space-y-3">
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
            <span className="font-semibold uppercase tracking-wide text-brand-700">{t("portalName")}</span>
            <span className="truncate" data-testid="portal-producer-name">
              {session.producer.name}
            </span>
          </p>
          <PortalNav />
          <ApprovalBanner producer={session.producer} />
        </div>
        {children}
      </div>
    </ClientMessages>
  )
}
