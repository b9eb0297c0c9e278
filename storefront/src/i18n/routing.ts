import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
  // `/` always goes to Vietnamese (the source language); the switcher in the header changes it.
  localeDetection: false,
})

export type AppLocale = (typeof routing.locales)[number]
