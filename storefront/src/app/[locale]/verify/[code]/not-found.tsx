import { getTranslations } from "next-intl/server"
import NotFoundMessage from "@/modules/common/components/not-found-message"

export default async function CertificateNotFound() {
  const t = await getTranslations("verify.notFound")
  return <NotFoundMessage title={t("title")} body={t("body")} back={t("back")} href="/" tone="warning" />
}
