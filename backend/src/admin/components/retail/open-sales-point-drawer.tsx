import { Button, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useLang } from "../../hooks/use-lang"
import { useCreateSalesPoint } from "../../hooks/use-retail"
import type { CreateSalesPointBody, CreateSalesPointResponse } from "../../lib/types"
import { FormRow } from "../form-row"
import { FormDrawer } from "./form-drawer"
import { PlaceFields } from "./place-fields"
import { PublishableKey } from "./publishable-key"
import { TextField } from "./text-field"
import { SALES_POINT_CATEGORIES } from "../../lib/domain"

/** "Mở điểm bán": the office opens a point; on success it sees the publishable key to hand to the POS software. */
export const OpenSalesPointDrawer = () => {
  const { lang, t } = useLang()
  const mutation = useCreateSalesPoint()
  const [created, setCreated] = useState<CreateSalesPointResponse | null>(null)
  const { form, set, reset, drawer } = useDrawerForm({
    empty: { name: "", location_category: "", province_code: "", commune: "", address: "", operator: "", opening_hours: "" },
    send: (form) => {
      // Optional texts go only when typed; the backend judges everything else and says why in Vietnamese.
      const body: CreateSalesPointBody = {
        name: form.name.trim(),
        location_category: form.location_category,
        province_code: form.province_code,
      }
      for (const k of ["commune", "address", "operator", "opening_hours"] as const) {
        if (form[k].trim()) body[k] = form[k].trim()
      }
      return mutation.mutateAsync(body)
    },
    success: t("retail.points.created"),
    // the drawer stays open on the new point's key
    onSuccess: (result) => setCreated(result),
    onReset: () => setCreated(null),
  })

  const done = created && (
    <div className="flex flex-col gap-y-4" data-testid="retail-point-created">
      <Text weight="plus">{created.sales_point.name}</Text>
      <div className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-lg border p-4">
        <Text size="small" weight="plus">
          {t("retail.points.keyTitle")}
        </Text>
        <PublishableKey token={created.publishable_key} full testId="retail-point-created-key" />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("retail.points.keyHint")}
        </Text>
      </div>
      <div>
        <Button type="button" size="small" variant="secondary" onClick={reset} data-testid="retail-point-open-another">
          {t("retail.points.openAnother")}
        </Button>
      </div>
    </div>
  )

  return (
    <FormDrawer
      {...drawer}
      trigger={
        <Button size="small" variant="secondary" data-testid="retail-point-open">
          {t("retail.points.open")}
        </Button>
      }
      title={t("retail.points.open")}
      description={t("retail.points.intro")}
      submitLabel={t("retail.points.submit")}
      isPending={mutation.isPending}
      testId="retail-point-form"
      done={done || undefined}
    >
      <TextField id="retail-point-name" label={t("retail.points.name")} value={form.name} onChange={(name) => set({ name })} />
      <FormRow id="retail-point-category" label={t("retail.points.category")}>
        <Select value={form.location_category} onValueChange={(v) => set({ location_category: v })}>
          <Select.Trigger id="retail-point-category" data-testid="retail-point-category">
            <Select.Value placeholder={t("retail.choose")} />
          </Select.Trigger>
          <Select.Content>
            {SALES_POINT_CATEGORIES.map((c) => (
              <Select.Item key={c.code} value={c.code} data-testid={`retail-point-category-${c.code}`}>
                {c[lang]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormRow>
      <PlaceFields
        idPrefix="retail-point"
        province={form.province_code}
        commune={form.commune}
        onProvince={(code) => set({ province_code: code, commune: "" })}
        onCommune={(commune) => set({ commune })}
      />
      <TextField
        id="retail-point-address"
        label={t("retail.optional", { label: t("retail.points.address") })}
        value={form.address}
        onChange={(address) => set({ address })}
      />
      <TextField
        id="retail-point-operator"
        label={t("retail.optional", { label: t("retail.points.operator") })}
        value={form.operator}
        onChange={(operator) => set({ operator })}
      />
      <TextField
        id="retail-point-hours"
        label={t("retail.optional", { label: t("retail.points.openingHours") })}
        placeholder={t("retail.points.openingHoursPlaceholder")}
        value={form.opening_hours}
        onChange={(opening_hours) => set({ opening_hours })}
      />
    </FormDrawer>
  )
}
