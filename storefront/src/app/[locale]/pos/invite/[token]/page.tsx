import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import Link from "next/link"
import { getPosInvite } from "@/lib/data/pos"
import PosInviteForm from "@/modules/pos/components/invite-form"

type Props = { params: Promise<{ token: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pos.invite")
  return { title: t("title"), referrer: "no-referrer" }
}

/** The office's one-time link: the invited staff member sets their own password, then works at the counter. */
export default async function PosInvitePage({ params }: Props) {
  const { token } = await params
  const [invite, t, locale] = await Promise.all([getPosInvite(token), getTranslations("pos.invite"), getLocale()])
  return (
    <div className="mx-auto max-w-md py-6" data-testid="pos-invite">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-1 font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      {invite ? (
        <>
          <p className="mt-2 text-muted" data-testid="pos-invite-greeting">
            {t("greeting", { name: invite.name, points: invite.points.map((p) => p.name).join(", ") || "—" })}
          </p>
          <div className="mt-6 rounded-2xl bg-white p-5 ring-1 ring-line sm:p-6">
            <PosInviteForm token={token} email={invite.email} />
          </div>
        </>
      ) : (
        <div role="alert" className="mt-6 rounded-2xl bg-status-expired/10 p-5 text-status-expired" data-testid="pos-invite-invalid">
          <p className="font-medium">{t("invalid")}</p>
          <Link href={`/${locale}/pos/login`} className="mt-3 inline-block underline">
            {t("toLogin")}
          </Link>
        </div>
      )}
    </div>
  )
}
