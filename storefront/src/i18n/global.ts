import type { routing } from "./routing"
import type messages from "../../messages/vi.json"
import type browse from "../../messages/vi/browse.json"

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages & typeof browse
  }
}
