import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { currentLang, type Lang } from "../lib/i18n"

/**
 * The admin's language and the OCOP texts (src/admin/i18n, namespace "ocop") through Medusa's own
 * react-i18next instance; `lang` picks the {vi, en} labels that come from @ocop/domain.
 */
export function useLang() {
  const { t } = useTranslation("ocop")
  const lang: Lang = useMemo(currentLang, [])
  return { lang, t }
}
