import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { Link } from "@/i18n/navigation"
import { getPortalSession } from "@/lib/data/producer"
import { ProducerRegisterForm } from "@/modules/producer/components/auth-forms"

type Props = { searchParams: Promise<{ invite?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer")
  return { title: t("register.title"), robots: { index: false } }
}

export default async function ProducerRegisterPage({ searchParams }: Props) {
  const { invite: raw } = await searchParams
  const invite = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined
  const session = await getPortalSession()
  const locale = await getLocale()
  if (!invite && session.state === "ready") redirect(`/${locale}/producer`)
  if (!invite && session.state === "no_producer") redirect(`/${locale}/producer/onboarding`)
  const t = await getTranslations("producer")
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("portalName")}</p>
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("register.title")}</h1>
        <p className="text-sm text-muted">{invite ? t("register.inviteIntro") : t("register.intro")}</p>
      </header>
      <div className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
        <ProducerRegisterForm invite={invite} />
      </div>
      <p className="text-center text-sm text-muted">
        {t("register.haveAccount")}{" "}
        <Link
          href="/producer/login"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
        >
          {t("register.toLogin")}
        </Link>
      </p>
    </div>
  )
}
