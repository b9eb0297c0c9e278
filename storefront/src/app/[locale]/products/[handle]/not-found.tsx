"use client"

import { useTranslations } from "next-intl"
import NotFoundMessage from "@/modules/common/components/not-found-message"

/*
 * A client component on purpose: Next.js renders a not-found boundary outside the page, where
 * next-intl's server API cannot see the page's setRequestLocale and would read request headers,
 * which turns every cached product page into a per-request one. The messages come from the
 * layout's NextIntlClientProvider instead.
 */
export default function ProductNotFound() {
  const t = useTranslations("product.notFound")
  return <NotFoundMessage title={t("title")} body={t("body")} back={t("back")} href="/products" />
}
