import en from "./json/en.json" with { type: "json" }
import vi from "./json/vi.json" with { type: "json" }

/**
 * The OCOP office's admin texts, loaded by Medusa's admin into its react-i18next instance under the
 * "ocop" namespace (so no key collides with Medusa's own). Components read them with
 * useLang() / useTranslation("ocop"); the language is the one chosen in the admin (English fallback).
 * Rule labels (statuses, grounds, product sets…) come from @ocop/domain, not from here.
 */
export default {
  vi: { ocop: vi },
  en: { ocop: en },
}
