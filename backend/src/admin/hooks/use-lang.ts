import { useMemo } from "react"
import { currentLang, messages, type Lang, type Messages } from "../lib/i18n"

/** The admin's language (read once per mount) and its dictionary. */
export function useLang(): { lang: Lang; t: Messages } {
  return useMemo(() => {
    const lang = currentLang()
    return { lang, t: messages[lang] }
  }, [])
}
