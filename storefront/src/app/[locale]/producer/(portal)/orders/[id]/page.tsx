import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getPortalOrder } from "@/lib/data/producer"
import OrderDetail from "@/modules/producer/templates/order-detail"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.orders")
  return { title: t("title") }
}

export default async function ProducerOrderPage({ params }: Props) {
  const { id } = await params
  const order = await getPortalOrder(id)
  if (!order) notFound()
  return <OrderDetail order={order} />
}
