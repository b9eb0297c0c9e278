import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { retrieveOrder } from "@/lib/data/orders"
import OrderConfirmedTemplate from "@/modules/order/templates/order-confirmed-template"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("order.confirmed")
  return { title: t("metaTitle"), robots: { index: false } }
}

/** Shown to the order's owner only: the customer, or the guest's checkout cookie or signed link (`?token=`). */
export default async function OrderConfirmedPage({ params, searchParams }: Props) {
  const { id } = await params
  const { token } = await searchParams
  const order = await retrieveOrder(id, typeof token === "string" ? token : undefined)
  if (!order) notFound()
  return <OrderConfirmedTemplate order={order} loggedIn={Boolean(await getAuthToken())} />
}
