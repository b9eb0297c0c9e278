import { Button } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useLang } from "../../hooks/use-lang"
import { useCreateFair } from "../../hooks/use-retail"
import { vnLocalToIso } from "./fair-dates"
import { FormDrawer } from "./form-drawer"
import { PlaceFields } from "./place-fields"
import { TextField } from "./text-field"

/** "Tạo hội chợ": name, venue, province and its dates, typed in Vietnam time. */
export const CreateFairDrawer = () => {
  const { t } = useLang()
  const mutation = useCreateFair()
  const { form, set, drawer } = useDrawerForm({
    empty: { name: "", venue: "", province_code: "", starts_at: "", ends_at: "" },
    send: (form) =>
      mutation.mutateAsync({
        name: form.name.trim(),
        venue: form.venue.trim(),
        province_code: form.province_code,
        starts_at: vnLocalToIso(form.starts_at),
        ends_at: vnLocalToIso(form.ends_at),
      }),
    success: t("retail.fairs.created"),
  })

  return (
    <FormDrawer
      {...drawer}
      trigger={
        <Button size="small" variant="secondary" data-testid="retail-fair-create">
          {t("retail.fairs.create")}
        </Button>
      }
      title={t("retail.fairs.create")}
      description={t("retail.fairs.intro")}
      submitLabel={t("retail.fairs.submit")}
      isPending={mutation.isPending}
      testId="retail-fair-form"
    >
      <TextField id="retail-fair-name" label={t("retail.fairs.name")} value={form.name} onChange={(name) => set({ name })} />
      <TextField id="retail-fair-venue" label={t("retail.fairs.venue")} value={form.venue} onChange={(venue) => set({ venue })} />
      <PlaceFields idPrefix="retail-fair" province={form.province_code} onProvince={(code) => set({ province_code: code })} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          id="retail-fair-starts"
          label={t("retail.fairs.startsAt")}
          hint={t("retail.fairs.timeHint")}
          type="datetime-local"
          value={form.starts_at}
          onChange={(starts_at) => set({ starts_at })}
        />
        <TextField
          id="retail-fair-ends"
          label={t("retail.fairs.endsAt")}
          hint={t("retail.fairs.timeHint")}
          type="datetime-local"
          min={form.starts_at || undefined}
          value={form.ends_at}
          onChange={(ends_at) => set({ ends_at })}
        />
      </div>
    </FormDrawer>
  )
}
