import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useLang } from "../../hooks/use-lang"
import { useAddStaff, useSalesPoint } from "../../hooks/use-retail"
import { FormRow } from "../form-row"
import { backendMessage } from "./backend-error"
import { FormDrawer } from "./form-drawer"

type Props = {
  point: { id: string; name: string }
  /** points of sale list their staff; booths have no staff listing route */
  listStaff: boolean
  size?: "small" | "base"
}

const EMPTY = { email: "", name: "", password: "" }

/** "Thêm nhân viên": a counter login for this point (or booth), with the point's current staff above. */
export const StaffDrawer = ({ point, listStaff, size = "small" }: Props) => {
  const { t } = useLang()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const mutation = useAddStaff(point.id)
  const detail = useSalesPoint(point.id, open && listStaff)
  const staff = detail.data?.sales_point.staff ?? []

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
      await mutation.mutateAsync({ email: form.email.trim(), name: form.name.trim(), password: form.password })
      toast.success(t.retail.staff.added)
      setForm(EMPTY)
    } catch (e) {
      setError(backendMessage(e))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button size={size} variant="secondary" data-testid="retail-staff-open">
          {t.retail.staff.add}
        </Button>
      }
      title={t.retail.staff.title(point.name)}
      description={t.retail.staff.intro}
      submitLabel={t.retail.staff.submit}
      onSubmit={submit}
      isPending={mutation.isPending}
      error={error}
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
      <FormRow id="retail-staff-email" label={t.retail.staff.email}>
        <Input id="retail-staff-email" data-testid="retail-staff-email" type="email" autoComplete="off"
          value={form.email} onChange={(e) => setForm((f) => ({ ...f, email: e.target.value }))} />
      </FormRow>
      <FormRow id="retail-staff-name" label={t.retail.staff.name}>
        <Input id="retail-staff-name" data-testid="retail-staff-name" autoComplete="off"
          value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} />
      </FormRow>
      <FormRow id="retail-staff-password" label={t.retail.staff.password} hint={t.retail.staff.passwordHint}>
        <Input id="retail-staff-password" data-testid="retail-staff-password" type="password" autoComplete="new-password"
          value={form.password} onChange={(e) => setForm((f) => ({ ...f, password: e.target.value }))} />
      </FormRow>
    </FormDrawer>
  )
}
