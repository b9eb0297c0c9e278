import { Button, Input, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useLang } from "../../hooks/use-lang"
import { useCreateSalesPoint } from "../../hooks/use-retail"
import type { CreateSalesPointBody, CreateSalesPointResponse } from "../../lib/types"
import { FormRow } from "../form-row"
import { backendMessage } from "./backend-error"
import { FormDrawer } from "./form-drawer"
import { PlaceFields } from "./place-fields"
import { PublishableKey } from "./publishable-key"
import { SALES_POINT_CATEGORIES } from "../../lib/domain"

const EMPTY = { name: "", location_category: "", province_code: "", commune: "", address: "", operator: "", opening_hours: "" }
type Form = typeof EMPTY

/** "Mở điểm bán": the office opens a point; on success it sees the publishable key to hand to the POS software. */
export const OpenSalesPointDrawer = () => {
  const { lang, t } = useLang()
  const mutation = useCreateSalesPoint()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<Form>(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<CreateSalesPointResponse | null>(null)
  const set = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }))

  const reset = () => {
    setForm(EMPTY)
    setError(null)
    setCreated(null)
  }
  const onOpenChange = (next: boolean) => {
    if (next) reset()
    setOpen(next)
  }

  const submit = async () => {
    setError(null)
    // Optional texts go only when typed; the backend judges everything else and says why in Vietnamese.
    const body: CreateSalesPointBody = { name: form.name.trim(), location_category: form.location_category, province_code: form.province_code }
    for (const k of ["commune", "address", "operator", "opening_hours"] as const) {
      if (form[k].trim()) body[k] = form[k].trim()
    }
    try {
      const result = await mutation.mutateAsync(body)
      setCreated(result)
      toast.success(t.retail.points.created)
    } catch (e) {
      setError(backendMessage(e))
    }
  }

  const done = created && (
    <div className="flex flex-col gap-y-4" data-testid="retail-point-created">
      <Text weight="plus">{created.sales_point.name}</Text>
      <div className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-lg border p-4">
        <Text size="small" weight="plus">
          {t.retail.points.keyTitle}
        </Text>
        <PublishableKey token={created.publishable_key} full testId="retail-point-created-key" />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t.retail.points.keyHint}
        </Text>
      </div>
      <div>
        <Button type="button" size="small" variant="secondary" onClick={reset} data-testid="retail-point-open-another">
          {t.retail.points.openAnother}
        </Button>
      </div>
    </div>
  )

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button size="small" variant="secondary" data-testid="retail-point-open">
          {t.retail.points.open}
        </Button>
      }
      title={t.retail.points.open}
      description={t.retail.points.intro}
      submitLabel={t.retail.points.submit}
      onSubmit={submit}
      isPending={mutation.isPending}
      error={error}
      testId="retail-point-form"
      done={done || undefined}
    >
      <FormRow id="retail-point-name" label={t.retail.points.name}>
        <Input id="retail-point-name" data-testid="retail-point-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </FormRow>
      <FormRow id="retail-point-category" label={t.retail.points.category}>
        <Select value={form.location_category} onValueChange={(v) => set({ location_category: v })}>
          <Select.Trigger id="retail-point-category" data-testid="retail-point-category">
            <Select.Value placeholder={t.retail.choose} />
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
      <FormRow id="retail-point-address" label={t.retail.optional(t.retail.points.address)}>
        <Input id="retail-point-address" data-testid="retail-point-address" value={form.address} onChange={(e) => set({ address: e.target.value })} />
      </FormRow>
      <FormRow id="retail-point-operator" label={t.retail.optional(t.retail.points.operator)}>
        <Input id="retail-point-operator" data-testid="retail-point-operator" value={form.operator} onChange={(e) => set({ operator: e.target.value })} />
      </FormRow>
      <FormRow id="retail-point-hours" label={t.retail.optional(t.retail.points.openingHours)}>
        <Input
          id="retail-point-hours"
          data-testid="retail-point-hours"
          placeholder={t.retail.points.openingHoursPlaceholder}
          value={form.opening_hours}
          onChange={(e) => set({ opening_hours: e.target.value })}
        />
      </FormRow>
    </FormDrawer>
  )
}
