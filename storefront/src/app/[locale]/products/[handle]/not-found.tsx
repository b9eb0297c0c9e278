import { getTranslations } from "next-intl/server"
import NotFoundMessage from "@/modules/common/components/not-found-message"

export default async function ProductNotFound() {
  const t = await getTranslations("product.notFound")
  return <NotFoundMessage title={t("title")} body={t("body")} back={t("back")} href="/products" />
}
