import { Input, Select } from "@medusajs/ui"
import { useLang } from "../../hooks/use-lang"
import { communeFullName, communesOf, PROVINCES } from "../../lib/domain"
import { FormRow } from "../form-row"

type Props = {
  idPrefix: string
  province: string
  commune?: string
  onProvince: (code: string) => void
  /** omit to ask for the province only */
  onCommune?: (name: string) => void
}

/** Province (34 since 1/7/2025) and, when asked, the commune: from the official list where there is one, else typed. */
export const PlaceFields = ({ idPrefix, province, commune = "", onProvince, onCommune }: Props) => {
  const { t } = useLang()
  const communes = province ? communesOf(province) : undefined
  return (
    <>
      <FormRow id={`${idPrefix}-province`} label={t("common.province")}>
        <Select value={province} onValueChange={onProvince}>
          <Select.Trigger id={`${idPrefix}-province`} data-testid={`${idPrefix}-province`}>
            <Select.Value placeholder={t("retail.choose")} />
          </Select.Trigger>
          <Select.Content>
            {PROVINCES.map((p) => (
              <Select.Item key={p.code} value={p.code}>
                {p.vi}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormRow>
      {onCommune && (
        <FormRow id={`${idPrefix}-commune`} label={t("retail.optional", { label: t("retail.points.commune") })}>
          {communes ? (
            <Select value={commune} onValueChange={onCommune}>
              <Select.Trigger id={`${idPrefix}-commune`} data-testid={`${idPrefix}-commune`}>
                <Select.Value placeholder={t("retail.choose")} />
              </Select.Trigger>
              <Select.Content>
                {communes.map((c) => (
                  <Select.Item key={c.code} value={communeFullName(c)}>
                    {communeFullName(c)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          ) : (
            <Input
              id={`${idPrefix}-commune`}
              data-testid={`${idPrefix}-commune`}
              value={commune}
              onChange={(e) => onCommune(e.target.value)}
            />
          )}
        </FormRow>
      )}
    </>
  )
}
