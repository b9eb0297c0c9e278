import { Button, Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useLang } from "../../hooks/use-lang"
import { useCreateFair } from "../../hooks/use-retail"
import { FormRow } from "../form-row"
import { backendMessage } from "./backend-error"
import { vnLocalToIso } from "./fair-dates"
import { FormDrawer } from "./form-drawer"
import { PlaceFields } from "./place-fields"

const EMPTY = { name: "", venue: "", province_code: "", starts_at: "", ends_at: "" }

/** "Tạo hội chợ": name, venue, province and its dates, typed in Vietnam time. */
export const CreateFairDrawer = () => {
  const { t } = useLang()
  const mutation = useCreateFair()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const set = (changes: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...changes }))

  const onOpenChange = (next: boolean) => {
    if (next) {
      setForm(EMPTY)
      setError(null)
    }
    setOpen(next)
  }

  const submit = async () => {
    setError(null)
    try {
      await mutation.mutateAsync({
        name: form.name.trim(),
        venue: form.venue.trim(),
        province_code: form.province_code,
        starts_at: vnLocalToIso(form.starts_at),
        ends_at: vnLocalToIso(form.ends_at),
      })
      toast.success(t.retail.fairs.created)
      setOpen(false)
    } catch (e) {
      setError(backendMessage(e))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button size="small" variant="secondary" data-testid="retail-fair-create">
          {t.retail.fairs.create}
        </Button>
      }
      title={t.retail.fairs.create}
      description={t.retail.fairs.intro}
      submitLabel={t.retail.fairs.submit}
      onSubmit={submit}
      isPending={mutation.isPending}
      error={error}
      testId="retail-fair-form"
    >
      <FormRow id="retail-fair-name" label={t.retail.fairs.name}>
        <Input id="retail-fair-name" data-testid="retail-fair-name" value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </FormRow>
      <FormRow id="retail-fair-venue" label={t.retail.fairs.venue}>
        <Input id="retail-fair-venue" data-testid="retail-fair-venue" value={form.venue} onChange={(e) => set({ venue: e.target.value })} />
      </FormRow>
      <PlaceFields idPrefix="retail-fair" province={form.province_code} onProvince={(code) => set({ province_code: code })} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormRow id="retail-fair-starts" label={t.retail.fairs.startsAt} hint={t.retail.fairs.timeHint}>
          <Input id="retail-fair-starts" data-testid="retail-fair-starts" type="datetime-local"
            value={form.starts_at} onChange={(e) => set({ starts_at: e.target.value })} />
        </FormRow>
        <FormRow id="retail-fair-ends" label={t.retail.fairs.endsAt} hint={t.retail.fairs.timeHint}>
          <Input id="retail-fair-ends" data-testid="retail-fair-ends" type="datetime-local" min={form.starts_at || undefined}
            value={form.ends_at} onChange={(e) => set({ ends_at: e.target.value })} />
        </FormRow>
      </div>
    </FormDrawer>
  )
}
