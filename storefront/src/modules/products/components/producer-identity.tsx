import { useLocale, useTranslations } from "next-intl"
import { producerTypeName, provinceLabel } from "@/lib/labels"
import type { PublicProducer } from "@ocop/contract"

/**
 * The seller's legal identity as consumer-protection law asks a seller to publish it: name,
 * type, address and tax code (plus commune, province and phone). Missing values say so.
 */
export default function ProducerIdentity({ producer }: { producer: PublicProducer }) {
  const t = useTranslations("product.producer")
  const locale = useLocale()
  const unknown = <span className="font-normal text-muted">{t("unknown")}</span>

  const rows: [string, string, React.ReactNode][] = [
    ["name", t("name"), producer.name],
    ["type", t("type"), producerTypeName(producer.type, locale)],
    ["address", t("address"), producer.address || unknown],
    ["commune", t("commune"), producer.commune || unknown],
    ["province", t("province"), provinceLabel(producer.province_code)],
    ["tax-code", t("taxCode"), producer.tax_code || unknown],
  ]
  if (producer.phone) {
    rows.push([
      "phone",
      t("phone"),
      <a key="phone" href={`tel:${producer.phone}`} className="underline underline-offset-2">
        {producer.phone}
      </a>,
    ])
  }

  return (
    <dl className="divide-y divide-line/70" data-testid="producer-identity">
      {rows.map(([key, label, value]) => (
        <div key={key} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4" data-testid={`identity-${key}`}>
          <dt className="shrink-0 text-sm text-muted sm:w-36">{label}</dt>
          <dd className="text-sm font-medium text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
