import { getTranslations } from "next-intl/server"
import NotFoundMessage from "@/modules/common/components/not-found-message"

export default async function LocaleNotFound() {
  const t = await getTranslations("notFound")
  return <NotFoundMessage title={t("title")} body={t("body")} back={t("back")} href="/" />
}
