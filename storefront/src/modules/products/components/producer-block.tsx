import { useLocale, useTranslations } from "next-intl"
import { producerTypeName, provinceLabel } from "@/lib/labels"
import type { Producer } from "@/types/ocop"

type Props = {
  producer: Producer | null
}

/** The seller's legal identity (consumer-protection law): name, type, address, tax code. */
export default function ProducerBlock({ producer }: Props) {
  const t = useTranslations("product.producer")
  const locale = useLocale()
  if (!producer) return null
  const unknown = <span className="font-normal text-muted">{t("unknown")}</span>

  const rows: [string, React.ReactNode][] = [
    [t("name"), producer.name],
    [t("type"), producerTypeName(producer.type, locale)],
    [t("address"), producer.address || unknown],
    [t("commune"), producer.commune || unknown],
    [t("province"), provinceLabel(producer.province_code)],
    [t("taxCode"), producer.tax_code || unknown],
  ]
  if (producer.phone) rows.push([t("phone"), <a key="phone" href={`tel:${producer.phone}`} className="underline">{producer.phone}</a>])

  return (
    <section data-testid="producer-block" aria-labelledby="producer-title" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
      <h2 id="producer-title" className="font-display text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <dl className="mt-3 divide-y divide-line/70">
        {rows.map(([label, value]) => (
          <div key={label} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
            <dt className="shrink-0 text-sm text-muted sm:w-36">{label}</dt>
            <dd className="text-sm font-medium text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      {producer.story && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-ink">{t("story")}</h3>
          <p className="mt-1 whitespace-pre-line text-sm leading-relaxed text-muted">{producer.story}</p>
        </div>
      )}
    </section>
  )
}
