import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listPortalOrders } from "@/lib/data/producer"
import OrderList from "@/modules/producer/templates/order-list"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("producer.orders")
  return { title: t("title") }
}

export default async function ProducerOrdersPage() {
  const orders = await listPortalOrders()
  return <OrderList orders={orders} />
}
