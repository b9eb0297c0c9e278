import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getPortalSession } from "@/lib/data/producer"
import ProfileForm from "@/modules/producer/components/profile-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.onboarding")
  return { title: t("title") }
}

export default async function ProducerProfilePage() {
  const session = await getPortalSession()
  const t = await getTranslations("producer.onboarding")
  if (session.state !== "ready") return null
  return (
    <div className="space-y-4">
      <h1 className="font-display text-2xl font-bold text-brand-900">{t("title")}</h1>
      <div className="rounded-2xl border border-line bg-white p-4 sm:p-6">
        <ProfileForm mode="edit" producer={session.producer} />
      </div>
    </div>
  )
}
