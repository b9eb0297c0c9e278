import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { retrieveOrder } from "@/lib/data/orders"
import OrderConfirmedTemplate from "@/modules/order/templates/order-confirmed-template"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("order.confirmed")
  return { title: t("metaTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const { id } = await params
  const order = await retrieveOrder(id)
  if (!order) notFound()
  return <OrderConfirmedTemplate order={order} loggedIn={Boolean(await getAuthToken())} />
}
