import { ClientMessages } from "@/i18n/client-messages"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { safeNextPath } from "@/lib/shop"
import { AccountOverview, GuestAccount } from "@/modules/account/templates/account-template"

type Props = { searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account")
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage({ searchParams }: Props) {
  const { next } = await searchParams
  const customer = await retrieveCustomer()
  if (!customer) {
    const raw = Array.isArray(next) ? next[0] : next
    return (
      <ClientMessages area="account">
        <GuestAccount next={raw ? safeNextPath(raw) : undefined} />
      </ClientMessages>
    )
  }
  const { orders } = await listOrders()
  return (
    <ClientMessages area="account">
      <AccountOverview customer={customer} orders={orders} />
    </ClientMessages>
  )
}
