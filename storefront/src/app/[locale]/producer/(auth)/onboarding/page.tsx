import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { getPortalSession } from "@/lib/data/producer"
import ProfileForm from "@/modules/producer/components/profile-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer")
  return { title: t("onboarding.title"), robots: { index: false } }
}

export default async function ProducerOnboardingPage() {
  const session = await getPortalSession()
  const locale = await getLocale()
  if (session.state === "anonymous") redirect(`/${locale}/producer/login`)
  if (session.state === "ready") redirect(`/${locale}/producer`)
  const t = await getTranslations("producer")
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("portalName")}</p>
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("onboarding.title")}</h1>
        <p className="text-sm text-muted">{t("onboarding.intro")}</p>
      </header>
      <div className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <ProfileForm mode="onboarding" />
      </div>
    </div>
  )
}
