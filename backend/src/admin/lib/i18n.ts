/**
 * The admin's language. The OCOP office's texts live in src/admin/i18n (Medusa's admin i18n, read
 * with useLang()); this file only says which language the admin shows, for the {vi, en} rule labels
 * that come from @ocop/domain. It follows the Medusa admin's own i18next choice (localStorage "lng"):
 * Vietnamese when it starts with "vi".
 */
export type Lang = "vi" | "en"

export function currentLang(): Lang {
  try {
    return (window.localStorage.getItem("lng") ?? "").toLowerCase().startsWith("vi") ? "vi" : "en"
  } catch {
    return "en"
  }
}

/** A {vi, en} label from the shared rules, in the admin's language. */
export function pick(label: { vi: string; en: string } | undefined, lang: Lang, fallback = ""): string {
  return label ? label[lang] : fallback
}
