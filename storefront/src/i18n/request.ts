import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

/**
 * Messages per area, merged over the shared ones: messages/<locale>.json holds the site-wide
 * strings; messages/<locale>/<area>.json one feature's (listed here so each builds statically).
 */
const AREAS = ["browse", "cart", "checkout", "order", "account", "producer", "pos"] as const

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const base = (await import(`../../messages/${locale}.json`)).default
  const areas = await Promise.all(AREAS.map(async (area) => (await import(`../../messages/${locale}/${area}.json`)).default))
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: Object.assign({}, base, ...areas),
  }
})
