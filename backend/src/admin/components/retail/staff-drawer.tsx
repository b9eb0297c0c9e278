import { Button, Text } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-drawer-form"
import { useLang } from "../../hooks/use-lang"
import { useAddStaff, useSalesPoint } from "../../hooks/use-retail"
import { FormDrawer } from "./form-drawer"
import { TextField } from "./text-field"

type Props = {
  point: { id: string; name: string }
  /** points of sale list their staff; booths have no staff listing route */
  listStaff: boolean
  size?: "small" | "base"
}

/** "Thêm nhân viên": a counter login for this point (or booth), with the point's current staff above. */
export const StaffDrawer = ({ point, listStaff, size = "small" }: Props) => {
  const { t } = useLang()
  const mutation = useAddStaff(point.id)
  const { form, set, drawer } = useDrawerForm({
    empty: { email: "", name: "", password: "" },
    send: (form) => mutation.mutateAsync({ email: form.email.trim(), name: form.name.trim(), password: form.password }),
    success: t.retail.staff.added,
    // stays open, blank, for the next login
    onSuccess: (_, { reset }) => reset(),
  })
  const detail = useSalesPoint(point.id, drawer.open && listStaff)
  const staff = detail.data?.sales_point.staff ?? []

  return (
    <FormDrawer
      {...drawer}
      trigger={
        <Button size={size} variant="secondary" data-testid="retail-staff-open">
          {t.retail.staff.add}
        </Button>
      }
      title={t.retail.staff.title(point.name)}
      description={t.retail.staff.intro}
      submitLabel={t.retail.staff.submit}
      isPending={mutation.isPending}
      testId="retail-staff-form"
    >
      {listStaff && (
        <div className="flex flex-col gap-y-2" data-testid="retail-staff-list">
          <Text size="small" weight="plus">
            {t.retail.staff.list}
          </Text>
          {detail.isLoading && <Text size="small" className="text-ui-fg-subtle">{t.common.loading}</Text>}
          {detail.isError && <Text size="small" className="text-ui-fg-error">{t.common.loadError}</Text>}
          {detail.data && !staff.length && <Text size="small" className="text-ui-fg-subtle">{t.retail.staff.none}</Text>}
          {staff.length > 0 && (
            <ul className="divide-y rounded-lg border">
              {staff.map((s) => (
                <li key={s.id} className="flex flex-col px-3 py-2" data-testid="retail-staff-member">
                  <Text size="small">{s.name}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {s.email}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <TextField id="retail-staff-email" label={t.retail.staff.email} type="email" autoComplete="off" value={form.email} onChange={(email) => set({ email })} />
      <TextField id="retail-staff-name" label={t.retail.staff.name} autoComplete="off" value={form.name} onChange={(name) => set({ name })} />
      <TextField id="retail-staff-password" label={t.retail.staff.password} hint={t.retail.staff.passwordHint} type="password" autoComplete="new-password"
        value={form.password} onChange={(password) => set({ password })} />
    </FormDrawer>
  )
}
