import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { Link } from "@/i18n/navigation"
import { getPortalSession } from "@/lib/data/producer"
import { ProducerLoginForm } from "@/modules/producer/components/auth-forms"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer")
  return { title: t("login.title"), robots: { index: false } }
}

export default async function ProducerLoginPage() {
  const session = await getPortalSession()
  const locale = await getLocale()
  if (session.state === "ready") redirect(`/${locale}/producer`)
  if (session.state === "no_producer") redirect(`/${locale}/producer/onboarding`)
  const t = await getTranslations("producer")
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("portalName")}</p>
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("login.title")}</h1>
        <p className="text-sm text-muted">{t("login.intro")}</p>
      </header>
      <div className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <ProducerLoginForm />
      </div>
      <p className="text-center text-sm text-muted">
        {t("login.noAccount")}{" "}
        <Link
          href="/producer/register"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
        >
          {t("login.toRegister")}
        </Link>
      </p>
    </div>
  )
}
