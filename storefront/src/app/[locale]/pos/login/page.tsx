import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { getPosMe } from "@/lib/data/pos"
import PosLoginForm from "@/modules/pos/components/login-form"

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.login")
  return { title: t("title") }
}

export default async function PosLoginPage({ searchParams }: Props) {
  const { next } = await searchParams
  if (await getPosMe()) redirect(`/${await getLocale()}/pos`)
  const t = await getTranslations("pos.login")
  const raw = Array.isArray(next) ? next[0] : next
  return (
    <div className="mx-auto max-w-md py-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-1 font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <div className="mt-6 rounded-2xl bg-white p-5 ring-1 ring-line sm:p-6">
        <PosLoginForm next={raw?.startsWith("/pos") ? raw : undefined} />
      </div>
    </div>
  )
}
