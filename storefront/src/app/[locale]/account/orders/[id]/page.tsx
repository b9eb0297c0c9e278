import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrder } from "@/lib/data/orders"
import OrderDetailTemplate from "@/modules/account/templates/order-detail-template"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.orders")
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function AccountOrderPage({ params }: Props) {
  const { id } = await params
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${await getLocale()}/account?next=${encodeURIComponent(`/account/orders/${id}`)}`)
  const order = await retrieveOrder(id)
  // an order id alone is not enough here: the account shows only the customer's own orders
  if (!order || (order as { customer_id?: string | null }).customer_id !== customer.id) notFound()
  return <OrderDetailTemplate order={order} />
}
