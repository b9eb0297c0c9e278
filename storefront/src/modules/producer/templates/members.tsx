import { useFormatter, useTranslations } from "next-intl"
import type { PortalMember } from "@/lib/data/producer"
import InviteForm from "../components/invite-form"

type Invite = { id: string; email: string; expires_at?: string; accepted_at?: string | null }

export default function MembersView({
  members,
  invites,
  isOwner,
  registerUrl,
}: {
  members: PortalMember[]
  invites: Invite[]
  isOwner: boolean
  registerUrl: string
}) {
  const t = useTranslations("producer.members")
  const format = useFormatter()
  const open = invites.filter((i) => !i.accepted_at)
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="font-display text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <ul className="divide-y divide-line rounded-2xl border border-line bg-white" data-testid="members">
        {members.map((m) => (
          <li key={m.id} className="flex min-h-11 items-center justify-between gap-3 px-4 py-3">
            <span className="min-w-0">
              <span className="block truncate font-semibold text-ink">{m.name || m.email}</span>
              {m.name && <span className="block truncate text-xs text-muted">{m.email}</span>}
            </span>
            <span className="shrink-0 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t(m.role)}</span>
          </li>
        ))}
      </ul>
      {open.length > 0 && (
        <section className="space-y-2" aria-labelledby="open-invites">
          <h2 id="open-invites" className="font-semibold text-ink">
            {t("pendingInvites")}
          </h2>
          <ul className="space-y-1 text-sm">
            {open.map((i) => (
              <li key={i.id} className="flex flex-wrap justify-between gap-2 rounded-lg bg-white px-3 py-2 ring-1 ring-line">
                <span className="break-all">{i.email}</span>
                {i.expires_at && (
                  <span className="text-xs text-muted">
                    {t("expires", { date: format.dateTime(new Date(i.expires_at), { dateStyle: "medium" }) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {isOwner && <InviteForm registerUrl={registerUrl} />}
    </div>
  )
}
