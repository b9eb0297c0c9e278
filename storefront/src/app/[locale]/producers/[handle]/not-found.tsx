import { getTranslations } from "next-intl/server"
import NotFoundMessage from "@/modules/common/components/not-found-message"

export default async function ProducerNotFound() {
  const t = await getTranslations("browse.producer.notFound")
  return <NotFoundMessage title={t("title")} body={t("body")} back={t("back")} href="/products" />
}
