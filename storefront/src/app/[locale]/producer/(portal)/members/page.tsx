import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { headers } from "next/headers"
import { getPortalSession, listMembers } from "@/lib/data/producer"
import MembersView from "@/modules/producer/templates/members"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.members")
  return { title: t("title") }
}

export default async function ProducerMembersPage() {
  const [session, data, locale, h] = await Promise.all([getPortalSession(), listMembers(), getLocale(), headers()])
  const origin = process.env.STOREFRONT_URL || `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:8000"}`
  const isOwner = session.state === "ready" && session.member.role === "owner"
  return (
    <MembersView members={data.members} invites={data.invites} isOwner={isOwner} registerUrl={`${origin}/${locale}/producer/register`} />
  )
}
