import type en from "./i18n/json/en.json"

/** Key checking for the OCOP texts: t("…") accepts only keys present in i18n/json/en.json. */
declare module "i18next" {
  interface CustomTypeOptions {
    resources: { ocop: typeof en }
  }
}
