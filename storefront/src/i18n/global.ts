import type { routing } from "./routing"
import type messages from "../../messages/vi.json"
import type browse from "../../messages/vi/browse.json"
import type cart from "../../messages/vi/cart.json"
import type checkout from "../../messages/vi/checkout.json"
import type order from "../../messages/vi/order.json"
import type account from "../../messages/vi/account.json"
import type pos from "../../messages/vi/pos.json"
import type producer from "../../messages/vi/producer.json"

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages & typeof browse & typeof cart & typeof checkout & typeof order & typeof account & typeof producer & typeof pos
  }
}
