import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
  // `/` always goes to Vietnamese (the source language); the switcher in the header changes it.
  localeDetection: false,
  // no NEXT_LOCALE cookie: the locale is always in the path, and a Set-Cookie on every page would
  // keep CDNs from caching shop pages
  localeCookie: false,
})

export type AppLocale = (typeof routing.locales)[number]
